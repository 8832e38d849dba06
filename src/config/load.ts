import { existsSync, readFileSync } from 'node:fs';
import { configSchema, type DecorumConfig } from './schema.js';

/** A config file that cannot be used; the message names the file and the key. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const DEFAULT_CONFIG_PATH = 'decorum.config.json';

/**
 * Reads and validates the config file. A missing default file means defaults; a missing explicit file,
 * bad JSON or a wrong key is a usage error that names the file and the key.
 */
export function loadConfig(path?: string): DecorumConfig {
  const file = path ?? DEFAULT_CONFIG_PATH;
  if (!existsSync(file)) {
    if (path) throw new ConfigError(`${file}: config file not found`);
    return configSchema.parse({});
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = issue?.path.length ? issue.path.join('.') : '(top level)';
    throw new ConfigError(`${file}: ${key}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}
