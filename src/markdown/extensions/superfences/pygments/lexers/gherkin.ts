/**
 * Pygments' GherkinLexer (pygments/lexers/testing.py, Pygments 2.20.0), rule for rule: Cucumber
 * feature files, with the keywords of every language Gherkin is written in.
 *
 *     Given a user "ann"   ->   <k>Given </k><nf>a user "</nf><s>ann</s><nf>"</nf>
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

/** FEATURE: ^(...)(:)(.*)$ */
const FEATURE = [
  '기능', '機能', '功能', 'フィーチャ', 'خاصية', 'תכונה', 'Функціонал', 'Функционалност', 'Функционал', 'Фича', 'Особина',
  'Могућност', 'Özellik', 'Właściwość', 'Tính năng', 'Trajto', 'Savybė', 'Požiadavka', 'Požadavek', 'Osobina',
  'Ominaisuus', 'Omadus', 'OH HAI', 'Mogućnost', 'Mogucnost', 'Jellemző', 'Fīča', 'Funzionalità', 'Funktionalität',
  'Funkcionalnost', 'Funkcionalitāte', 'Funcționalitate', 'Functionaliteit', 'Functionalitate', 'Funcionalitat',
  'Funcionalidade', 'Fonctionnalité', 'Fitur', 'Feature', 'Egenskap', 'Egenskab', 'Crikey', 'Característica', 'Arwedd',
].join('|');
/** FEATURE_ELEMENT: ^(\s*)(...)(:)(.*)$ */
const FEATURE_ELEMENT = [
  '시나리오 개요', '시나리오', '배경', '背景', '場景大綱', '場景', '场景大纲', '场景', '劇本大綱', '劇本', '剧本大纲', '剧本', 'テンプレ', 'シナリオテンプレート',
  'シナリオテンプレ', 'シナリオアウトライン', 'シナリオ', 'سيناريو مخطط', 'سيناريو', 'الخلفية', 'תרחיש', 'תבנית תרחיש', 'רקע', 'Тарих',
  'Сценарій', 'Сценарио', 'Сценарий структураси', 'Сценарий', 'Структура сценарію', 'Структура сценарија',
  'Структура сценария', 'Скица', 'Рамка на сценарий', 'Пример', 'Предыстория', 'Предистория', 'Позадина', 'Передумова',
  'Основа', 'Концепт', 'Контекст', 'Założenia', 'Wharrimean is', 'Tình huống', 'The thing of it is', 'Tausta', 'Taust',
  'Tapausaihio', 'Tapaus', 'Szenariogrundriss', 'Szenario', 'Szablon scenariusza', 'Stsenaarium',
  'Struktura scenarija', 'Skica', 'Skenario konsep', 'Skenario', 'Situācija', 'Senaryo taslağı', 'Senaryo', 'Scénář',
  'Scénario', 'Schema dello scenario', 'Scenārijs pēc parauga', 'Scenārijs', 'Scenár', 'Scenaro', 'Scenariusz',
  'Scenariul de şablon', 'Scenariul de sablon', 'Scenariu', 'Scenario Outline', 'Scenario Amlinellol', 'Scenario',
  'Scenarijus', 'Scenarijaus šablonas', 'Scenarij', 'Scenarie', 'Rerefons', 'Raamstsenaarium', 'Primer', 'Pozadí',
  'Pozadina', 'Pozadie', 'Plan du scénario', 'Plan du Scénario', 'Osnova scénáře', 'Osnova', 'Náčrt Scénáře',
  'Náčrt Scenáru', 'Mate', 'MISHUN SRSLY', 'MISHUN', 'Kịch bản', 'Konturo de la scenaro', 'Kontext', 'Konteksts',
  'Kontekstas', 'Kontekst', 'Koncept', 'Khung tình huống', 'Khung kịch bản', 'Háttér', 'Grundlage', 'Geçmiş',
  'Forgatókönyv vázlat', 'Forgatókönyv', 'Fono', 'Esquema do Cenário', 'Esquema do Cenario', 'Esquema del escenario',
  "Esquema de l'escenari", 'Escenario', 'Escenari', 'Dis is what went down', 'Dasar', 'Contexto', 'Contexte',
  'Contesto', 'Condiţii', 'Conditii', 'Cenário', 'Cenario', 'Cefndir', 'Bối cảnh', 'Blokes', 'Bakgrunn', 'Bakgrund',
  'Baggrund', 'Background', 'B4', 'Antecedents', 'Antecedentes', "All y'all", 'Achtergrond', 'Abstrakt Scenario',
  'Abstract Scenario',
].join('|');
/** EXAMPLES: ^(\s*)(...)(:)(.*)$ */
const EXAMPLES = [
  '예', '例子', '例', 'サンプル', 'امثلة', 'דוגמאות', 'Сценарији', 'Примери', 'Приклади', 'Мисоллар', 'Значения', 'Örnekler',
  'Voorbeelden', 'Variantai', 'Tapaukset', 'Scenarios', 'Scenariji', 'Scenarijai', 'Příklady', 'Példák', 'Príklady',
  'Przykłady', 'Primjeri', 'Primeri', 'Piemēri', 'Pavyzdžiai', 'Paraugs', 'Juhtumid', 'Exemplos', 'Exemples',
  'Exemplele', 'Exempel', 'Examples', 'Esempi', 'Enghreifftiau', 'Ekzemploj', 'Eksempler', 'Ejemplos', 'EXAMPLZ',
  'Dữ liệu', 'Contoh', 'Cobber', 'Beispiele',
].join('|');
/** STEP: ^(\s*)(...) */
const STEP = [
  '하지만', '조건', '먼저', '만일', '만약', '단', '그리고', '그러면', '那麼', '那么', '而且', '當', '当', '前提', '假設', '假设', '假如', '假定', '但是',
  '但し', '並且', '并且', '同時', '同时', 'もし', 'ならば', 'ただし', 'しかし', 'かつ', 'و ', 'متى ', 'لكن ', 'عندما ', 'ثم ', 'بفرض ',
  'اذاً ', 'כאשר ', 'וגם ', 'בהינתן ', 'אזי ', 'אז ', 'אבל ', 'Якщо ', 'Унда ', 'То ', 'Припустимо, що ',
  'Припустимо ', 'Онда ', 'Но ', 'Нехай ', 'Лекин ', 'Когато ', 'Када ', 'Кад ', 'К тому же ', 'И ', 'Задато ',
  'Задати ', 'Задате ', 'Если ', 'Допустим ', 'Дадено ', 'Ва ', 'Бирок ', 'Аммо ', 'Али ', 'Але ', 'Агар ', 'А ', 'І ',
  'Și ', 'És ', 'Zatati ', 'Zakładając ', 'Zadato ', 'Zadate ', 'Zadano ', 'Zadani ', 'Zadan ',
  'Youse know when youse got ', 'Youse know like when ', 'Yna ', 'Ya know how ', 'Ya gotta ', 'Y ', 'Wun ', 'Wtedy ',
  "When y'all ", 'When ', 'Wenn ', 'WEN ', 'Và ', 'Ve ', 'Und ', 'Un ', 'Thì ', "Then y'all ", 'Then ', 'Tapi ',
  'Tak ', 'Tada ', 'Tad ', 'Så ', 'Stel ', 'Soit ', 'Siis ', 'Si ', 'Sed ', 'Se ', 'Quando ', 'Quand ', 'Quan ',
  'Pryd ', 'Pokud ', 'Pokiaľ ', 'Però ', 'Pero ', 'Pak ', 'Oraz ', 'Onda ', 'Ond ', 'Oletetaan ', 'Og ', 'Och ',
  'O zaman ', 'Når ', 'När ', 'Niin ', 'Nhưng ', 'N ', 'Mutta ', 'Men ', 'Mas ', 'Maka ', 'Majd ', 'Mais ', 'Maar ',
  'Ma ', 'Lorsque ', "Lorsqu'", 'Kun ', 'Kuid ', 'Kui ', 'Khi ', 'Keď ', 'Ketika ', 'Když ', 'Kaj ', 'Kai ', 'Kada ',
  'Kad ', 'Jeżeli ', 'Ja ', 'Ir ', 'I CAN HAZ ', 'I ', 'Ha ', 'Givun ', 'Givet ', "Given y'all ", 'Given ', 'Gitt ',
  'Gegeven ', 'Gegeben sei ', 'Fakat ', 'Eğer ki ', 'Etant donné ', 'Et ', 'Então ', 'Entonces ', 'Entao ', 'En ',
  'Eeldades ', 'E ', 'Duota ', 'Dun ', 'Donitaĵo ', 'Donat ', 'Donada ', 'Do ', 'Diyelim ki ', 'Dengan ',
  'Den youse gotta ', 'De ', 'Dato ', 'Dar ', 'Dann ', 'Dan ', 'Dado ', 'Dacă ', 'Daca ', 'DEN ', 'Când ', 'Cuando ',
  'Cho ', 'Cept ', 'Cand ', 'Cal ', "But y'all ", 'But ', 'Buh ', 'Biết ', 'Bet ', 'BUT ', 'Atès ', 'Atunci ',
  'Atesa ', 'Anrhegedig a ', 'Angenommen ', "And y'all ", 'And ', 'An ', 'Ama ', 'Als ', 'Alors ', 'Allora ', 'Ali ',
  'Aleshores ', 'Ale ', 'Akkor ', 'Aber ', 'AN ', 'A také ', 'A ', '\\* ',
].join('|');

const FEATURE_KEYWORDS = `^(${FEATURE})(:)(.*)$`;
const FEATURE_ELEMENT_KEYWORDS = String.raw`^(\s*)(` + FEATURE_ELEMENT + ')(:)(.*)$';
const EXAMPLES_KEYWORDS = String.raw`^(\s*)(` + EXAMPLES + ')(:)(.*)$';
const STEP_KEYWORDS = String.raw`^(\s*)(` + STEP + ')';
const ANY = String.raw`(\s|.)`;

export const gherkinLexer: LexerDefinition = {
  name: 'Gherkin',
  aliases: ['gherkin', 'cucumber'],
  tokens: {
    comments: [[String.raw`^\s*#.*$`, 'Comment']],
    feature_elements: [
      [STEP_KEYWORDS, 'Keyword', 'step_content_stack'],
      include('comments'),
      [ANY, 'Name.Function'],
    ],
    feature_elements_on_stack: [
      [STEP_KEYWORDS, 'Keyword', '#pop:2'],
      include('comments'),
      [ANY, 'Name.Function'],
    ],
    examples_table: [
      [String.raw`\s+\|`, 'Keyword', 'examples_table_header'],
      include('comments'),
      [ANY, 'Name.Function'],
    ],
    examples_table_header: [
      [String.raw`\s+\|\s*$`, 'Keyword', '#pop:2'],
      include('comments'),
      [String.raw`\\\|`, 'Name.Variable'],
      [String.raw`\s*\|`, 'Keyword'],
      ['[^|]', 'Name.Variable'],
    ],
    scenario_sections_on_stack: [
      [FEATURE_ELEMENT_KEYWORDS, bygroups('Name.Function', 'Keyword', 'Keyword', 'Name.Function'), 'feature_elements_on_stack'],
    ],
    narrative: [
      include('scenario_sections_on_stack'),
      include('comments'),
      [ANY, 'Name.Function'],
    ],
    table_vars: [['(<[^>]+>)', 'Name.Variable']],
    numbers: [[String.raw`(\d+\.?\d*|\d*\.\d+)([eE][+-]?[0-9]+)?`, 'Literal.String']],
    string: [include('table_vars'), [ANY, 'Literal.String']],
    py_string: [['"""', 'Keyword', '#pop'], include('string')],
    step_content_root: [['$', 'Keyword', '#pop'], include('step_content')],
    step_content_stack: [['$', 'Keyword', '#pop:2'], include('step_content')],
    step_content: [
      ['"', 'Name.Function', 'double_string'],
      include('table_vars'),
      include('numbers'),
      include('comments'),
      [ANY, 'Name.Function'],
    ],
    table_content: [
      [String.raw`\s+\|\s*$`, 'Keyword', '#pop'],
      include('comments'),
      [String.raw`\\\|`, 'Literal.String'],
      [String.raw`\s*\|`, 'Keyword'],
      include('string'),
    ],
    double_string: [['"', 'Name.Function', '#pop'], include('string')],
    root: [
      [String.raw`\n`, 'Name.Function'],
      include('comments'),
      ['"""', 'Keyword', 'py_string'],
      [String.raw`\s+\|`, 'Keyword', 'table_content'],
      ['"', 'Name.Function', 'double_string'],
      include('table_vars'),
      include('numbers'),
      [String.raw`(\s*)(@[^@\r\n\t ]+)`, bygroups('Name.Function', 'Name.Tag')],
      [STEP_KEYWORDS, bygroups('Name.Function', 'Keyword'), 'step_content_root'],
      [FEATURE_KEYWORDS, bygroups('Keyword', 'Keyword', 'Name.Function'), 'narrative'],
      [FEATURE_ELEMENT_KEYWORDS, bygroups('Name.Function', 'Keyword', 'Keyword', 'Name.Function'), 'feature_elements'],
      [EXAMPLES_KEYWORDS, bygroups('Name.Function', 'Keyword', 'Keyword', 'Name.Function'), 'examples_table'],
      [ANY, 'Name.Function'],
    ],
  },
};
