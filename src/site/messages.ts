/** Build messages in the compiler convention `path:line:col: severity: message`. */
import path from 'node:path';

export type Severity = 'error' | 'warning' | 'info';

export interface SiteMessage {
  readonly severity: Severity;
  readonly message: string;
  /** Absolute path of the file the message is about. */
  readonly file?: string | undefined;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
}

export function formatMessage(message: SiteMessage, cwd: string = process.cwd()): string {
  let where = '';
  if (message.file) {
    const relative = path.relative(cwd, message.file);
    where = relative.startsWith('..') && path.isAbsolute(message.file) && relative.split('/').filter((p) => p === '..').length > 2 ? message.file : relative;
    if (message.line !== undefined) where += `:${message.line}`;
    if (message.line !== undefined && message.column !== undefined) where += `:${message.column}`;
    where += ': ';
  }
  return `${where}${message.severity}: ${message.message}`;
}

export class MessageLog {
  readonly messages: SiteMessage[] = [];
  add(message: SiteMessage): void {
    this.messages.push(message);
  }
  count(severity: Severity): number {
    return this.messages.filter((m) => m.severity === severity).length;
  }
}
