/**
 * `theme.language` -> the code Pagefind indexes under. Material accepts BCP 47 tags (`en`,
 * `pt-BR`, `zh-Hant`); Pagefind lowercases the tag, picks a stemmer from its primary subtag and
 * names the index after it (`pagefind.pt-br_*.pf_meta`). The browser asks for the same code, so
 * both sides call this one function.
 *
 * @example pagefindLanguage('pt-BR') // 'pt-br'
 */
export function pagefindLanguage(language: string | undefined): string {
  const tag = (language ?? '').trim().toLowerCase().replace(/_/g, '-');
  return /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test(tag) ? tag : 'en';
}
