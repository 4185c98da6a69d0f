/**
 * Where pymdownx.emoji's custom icons are (Material's `options.custom_icons`): the site watches
 * and indexes these folders, so this is part of the renderer's light API (index.ts).
 */
import path from 'node:path';

/** `options.custom_icons` of pymdownx.emoji's options, as absolute folders. */
export function customIconDirs(emojiOptions: Readonly<Record<string, unknown>> | undefined, projectDir: string): string[] {
  const options = emojiOptions?.['options'];
  const custom = typeof options === 'object' && options !== null && 'custom_icons' in options ? options.custom_icons : [];
  return (Array.isArray(custom) ? custom : []).filter((dir): dir is string => typeof dir === 'string').map((dir) => path.resolve(projectDir, dir));
}
