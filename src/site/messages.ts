/** Build messages in the compiler convention `path:line:col: severity: message`. */
import path from 'node:path';
import type { Message, Severity } from '../shared/message.ts';

/** The build's one message shape (src/shared/message.ts); the site's files are absolute paths. */
export type SiteMessage = Message;

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
