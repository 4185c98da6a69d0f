/**
 * Material's labels for places our theme does not draw but `custom_dir` templates often do
 * (comments, page source and dates, version and language selectors, RSS links,
 * the search labels of Material's `__config` that our search dialog does not use),
 * in every shipped language, so `lang.t('source.file.date.updated')` in an override speaks the
 * site's language. Keys and English texts are Material's (partials/languages/en.html); the
 * translations are ours. src/site/templates/context.ts looks them up after the site's table.
 *
 * @example templateLabels('de-CH')['source.file.date.updated'] // 'Letzte Aktualisierung'
 */
export const TEMPLATE_KEYS = [
  'meta.comments', 'meta.source', 'select.language', 'select.version', 'source.file.contributors',
  'source.file.date.created', 'source.file.date.updated', 'rss.created', 'rss.updated',
  'search.reset', 'search.result.more.one', 'search.result.more.other',
  'search.result.term.missing',
] as const;

export type TemplateKey = (typeof TEMPLATE_KEYS)[number];
export type TemplateTable = Readonly<Record<TemplateKey, string>>;

/** One row per language, its texts in TEMPLATE_KEYS order. */
function table(...texts: [string, string, string, string, string, string, string, string, string, string, string, string, string]): TemplateTable {
  const [comments, source, language, version, contributors, created, updated, rss, rssUpdated, reset, moreOne, moreOther, missing] = texts;
  return {
    'meta.comments': comments, 'meta.source': source, 'select.language': language, 'select.version': version,
    'source.file.contributors': contributors, 'source.file.date.created': created, 'source.file.date.updated': updated,
    'rss.created': rss, 'rss.updated': rssUpdated, 'search.reset': reset,
    'search.result.more.one': moreOne, 'search.result.more.other': moreOther, 'search.result.term.missing': missing,
  };
}

const en = table('Comments', 'Source', 'Select language', 'Select version', 'Contributors', 'Created', 'Last update', 'RSS feed', 'RSS feed of updated content', 'Clear', '1 more on this page', '# more on this page', 'Missing');

/** Every shipped language by its lower-case tag, as LANGUAGE_TABLES. */
export const TEMPLATE_TABLES: Readonly<Record<string, TemplateTable>> = {
  en,
  'de': table('Kommentare', 'Quellcode', 'Sprache auswählen', 'Version auswählen', 'Mitwirkende', 'Erstellt', 'Letzte Aktualisierung', 'RSS-Feed', 'RSS-Feed der aktualisierten Inhalte', 'Zurücksetzen', '1 weiterer Treffer auf dieser Seite', '# weitere Treffer auf dieser Seite', 'Fehlt'),
  'fr': table('Commentaires', 'Source', 'Choisir la langue', 'Choisir la version', 'Contributeurs', 'Créé le', 'Dernière mise à jour', 'Flux RSS', 'Flux RSS des contenus mis à jour', 'Effacer', '1 de plus sur cette page', '# de plus sur cette page', 'Manquant'),
  'es': table('Comentarios', 'Código fuente', 'Seleccionar idioma', 'Seleccionar versión', 'Colaboradores', 'Creado', 'Última actualización', 'Canal RSS', 'Canal RSS del contenido actualizado', 'Borrar', '1 más en esta página', '# más en esta página', 'Falta'),
  'pt': table('Comentários', 'Código-fonte', 'Selecionar idioma', 'Selecionar versão', 'Contribuidores', 'Criado', 'Última atualização', 'Feed RSS', 'Feed RSS do conteúdo atualizado', 'Limpar', 'Mais 1 nesta página', 'Mais # nesta página', 'Em falta'),
  'pt-br': table('Comentários', 'Código-fonte', 'Selecionar idioma', 'Selecionar versão', 'Colaboradores', 'Criado', 'Última atualização', 'Feed RSS', 'Feed RSS do conteúdo atualizado', 'Limpar', 'Mais 1 nesta página', 'Mais # nesta página', 'Ausente'),
  'it': table('Commenti', 'Codice sorgente', 'Seleziona la lingua', 'Seleziona la versione', 'Collaboratori', 'Creato', 'Ultimo aggiornamento', 'Feed RSS', 'Feed RSS dei contenuti aggiornati', 'Cancella', '1 altro in questa pagina', 'altri # in questa pagina', 'Mancante'),
  'nl': table('Reacties', 'Broncode', 'Taal kiezen', 'Versie kiezen', 'Bijdragers', 'Aangemaakt', 'Laatst bijgewerkt', 'RSS-feed', 'RSS-feed van bijgewerkte inhoud', 'Wissen', 'Nog 1 op deze pagina', 'Nog # op deze pagina', 'Ontbreekt'),
  'pl': table('Komentarze', 'Kod źródłowy', 'Wybierz język', 'Wybierz wersję', 'Współtwórcy', 'Utworzono', 'Ostatnia aktualizacja', 'Kanał RSS', 'Kanał RSS zaktualizowanych treści', 'Wyczyść', 'Jeszcze 1 na tej stronie', 'Jeszcze # na tej stronie', 'Brak'),
  'ru': table('Комментарии', 'Исходный код', 'Выбрать язык', 'Выбрать версию', 'Участники', 'Создано', 'Последнее обновление', 'RSS-лента', 'RSS-лента обновлённых материалов', 'Очистить', 'Ещё 1 на этой странице', 'Ещё # на этой странице', 'Отсутствует'),
  'uk': table('Коментарі', 'Вихідний код', 'Обрати мову', 'Обрати версію', 'Учасники', 'Створено', 'Останнє оновлення', 'RSS-стрічка', 'RSS-стрічка оновлених матеріалів', 'Очистити', 'Ще 1 на цій сторінці', 'Ще # на цій сторінці', 'Відсутній'),
  'ja': table('コメント', 'ソースコード', '言語を選択', 'バージョンを選択', '貢献者', '作成日', '最終更新日', 'RSS フィード', '更新されたコンテンツの RSS フィード', 'クリア', 'このページにあと 1 件', 'このページにあと # 件', '見つかりません'),
  'zh': table('评论', '源代码', '选择语言', '选择版本', '贡献者', '创建日期', '最后更新', 'RSS 订阅', '更新内容的 RSS 订阅', '清空', '此页面还有 1 个', '此页面还有 # 个', '缺少'),
  'ko': table('댓글', '소스 코드', '언어 선택', '버전 선택', '기여자', '작성일', '마지막 업데이트', 'RSS 피드', '업데이트된 콘텐츠의 RSS 피드', '지우기', '이 페이지에 1개 더', '이 페이지에 #개 더', '없음'),
  'tr': table('Yorumlar', 'Kaynak kod', 'Dil seçin', 'Sürüm seçin', 'Katkıda bulunanlar', 'Oluşturulma', 'Son güncelleme', 'RSS beslemesi', 'Güncellenen içeriğin RSS beslemesi', 'Temizle', 'Bu sayfada 1 tane daha', 'Bu sayfada # tane daha', 'Eksik'),
  'ar': table('التعليقات', 'الشيفرة المصدرية', 'اختر اللغة', 'اختر الإصدار', 'المساهمون', 'تاريخ الإنشاء', 'آخر تحديث', 'موجز RSS', 'موجز RSS للمحتوى المحدَّث', 'مسح', 'نتيجة أخرى في هذه الصفحة', '# نتائج أخرى في هذه الصفحة', 'مفقود'),
};

/** The table of a language tag (`pt-BR`, `de-CH` -> `de`), English for one we do not ship. */
export function templateLabels(tag: string): TemplateTable {
  const lower = tag.trim().toLowerCase().replace(/_/g, '-');
  return TEMPLATE_TABLES[lower] ?? TEMPLATE_TABLES[lower.split('-')[0] ?? ''] ?? en;
}
