/** Typed calls to the local API. Same origin only; the session cookie rides along. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function parse<T>(response: Response): Promise<T> {
  if (response.ok) return (await response.json()) as T;
  let message = `${response.status} ${response.statusText}`;
  try {
    const body = (await response.json()) as { error?: string };
    if (body.error) message = body.error;
  } catch {
    // not JSON: keep the status line
  }
  if (response.status === 401) message = 'Your session has ended. Open the link that `decorum serve` printed.';
  throw new ApiError(response.status, message);
}

/** fetch, with "the server is gone" turned into a sentence the page can show. */
async function request(path: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(path, init);
  } catch {
    throw new ApiError(
      0,
      'Cannot reach the Decorum server (was it stopped or restarted?). Start `decorum serve` again and open its link.',
    );
  }
}

export const getJson = async <T>(path: string): Promise<T> => parse<T>(await request(path));

export async function sendJson<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  return parse<T>(
    await request(path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
}

export async function upload(file: File): Promise<{ id: string; name: string; bytes: number }> {
  return parse(await request(`/api/audit/uploads/${encodeURIComponent(file.name)}`, { method: 'PUT', body: file }));
}
