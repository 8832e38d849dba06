/** A shell command from the README, with where it stands (for failure messages). */
export interface ReadmeCommand {
  line: number;
  command: string;
}

const FENCE = /^```(\w*)\s*$/;

/**
 * The commands of every `sh` block (and every unlabelled block with `$ ` prompts) in a README, in order. In a block that shows a session (`$ ` prompts), only the
 * prompted lines are commands and the rest is output; otherwise every line is one, comments included (the shell
 * ignores them).
 */
export function readmeCommands(markdown: string): ReadmeCommand[] {
  const lines = markdown.split('\n');
  const commands: ReadmeCommand[] = [];
  let block: { lang: string; start: number; lines: string[] } | null = null;
  lines.forEach((text, index) => {
    const fence = FENCE.exec(text);
    if (fence && !block) {
      block = { lang: fence[1] ?? '', start: index + 2, lines: [] };
      return;
    }
    if (fence && block) {
      const prompted = block.lines.some((line) => line.startsWith('$ '));
      // `sh` blocks, and unlabelled ones that show a terminal session.
      if (block.lang === 'sh' || (block.lang === '' && prompted)) {
        block.lines.forEach((line, offset) => {
          const command = prompted ? (line.startsWith('$ ') ? line.slice(2) : '') : line;
          if (command.trim() && !command.trim().startsWith('#'))
            commands.push({ line: block!.start + offset, command: command.trim() });
        });
      }
      block = null;
      return;
    }
    block?.lines.push(text);
  });
  return commands;
}
