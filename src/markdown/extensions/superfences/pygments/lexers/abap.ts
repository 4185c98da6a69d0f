/**
 * Pygments' ABAPLexer (pygments/lexers/business.py, Pygments 2.20.0), rule for rule: keyword
 * combinations (`LOOP AT`, `TYPE REF TO`) come before single keywords, so they are one token.
 *
 *     DATA lv_x TYPE i.   ->   <k>DATA</k><w> </w><nv>lv_x</nv><w> </w><k>TYPE </k><nv>i</nv><p>.</p>
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

export const abapLexer: LexerDefinition = {
  name: 'ABAP',
  aliases: ['abap'],
  flags: 'im',
  tokens: {
    common: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`^\*.*$`, 'Comment.Single'],
      [String.raw`\".*?\n`, 'Comment.Single'],
      [String.raw`##\w+`, 'Comment.Special'],
    ],
    'variable-names': [
      [String.raw`<\S+>`, 'Name.Variable'],
      [String.raw`\w[\w~]*(?:(\[\])|->\*)?`, 'Name.Variable'],
    ],
    root: [
      include('common'),
      [String.raw`CALL\s+(?:BADI|CUSTOMER-FUNCTION|FUNCTION)`, 'Keyword'],
      [String.raw`(CALL\s+(?:DIALOG|SCREEN|SUBSCREEN|SELECTION-SCREEN|TRANSACTION|TRANSFORMATION))\b`, 'Keyword'],
      [String.raw`(FORM|PERFORM)(\s+)(\w+)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Function')],
      [String.raw`(PERFORM)(\s+)(\()(\w+)(\))`, bygroups('Keyword', 'Text.Whitespace', 'Punctuation', 'Name.Variable', 'Punctuation')],
      [String.raw`(MODULE)(\s+)(\S+)(\s+)(INPUT|OUTPUT)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Function', 'Text.Whitespace', 'Keyword')],
      [String.raw`(METHOD)(\s+)([\w~]+)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Function')],
      [String.raw`(\s+)([\w\-]+)([=\-]>)([\w\-~]+)`, bygroups('Text.Whitespace', 'Name.Variable', 'Operator', 'Name.Function')],
      [String.raw`(?<=(=|-)>)([\w\-~]+)(?=\()`, 'Name.Function'],
      [String.raw`(TEXT)(-)(\d{3})`, bygroups('Keyword', 'Punctuation', 'Literal.Number.Integer')],
      [String.raw`(TEXT)(-)(\w{3})`, bygroups('Keyword', 'Punctuation', 'Name.Variable')],
      ['(ADD-CORRESPONDING|AUTHORITY-CHECK|CLASS-DATA|CLASS-EVENTS|CLASS-METHODS|' +
        'CLASS-POOL|DELETE-ADJACENT|DIVIDE-CORRESPONDING|EDITOR-CALL|ENHANCEMENT-POINT|' +
        'ENHANCEMENT-SECTION|EXIT-COMMAND|FIELD-GROUPS|FIELD-SYMBOLS|FIELD-SYMBOL|' +
        'FUNCTION-POOL|INTERFACE-POOL|INVERTED-DATE|LOAD-OF-PROGRAM|LOG-POINT|MESSAGE-ID|' +
        'MOVE-CORRESPONDING|MULTIPLY-CORRESPONDING|NEW-LINE|NEW-PAGE|NEW-SECTION|' +
        'NO-EXTENSION|OUTPUT-LENGTH|PRINT-CONTROL|SELECT-OPTIONS|START-OF-SELECTION|' +
        'SUBTRACT-CORRESPONDING|SYNTAX-CHECK|SYSTEM-EXCEPTIONS|TYPE-POOL|TYPE-POOLS|' +
        String.raw`NO-DISPLAY)\b`, 'Keyword'],
      [String.raw`(?<![-\>])(CREATE\s+(PUBLIC|PRIVATE|DATA|OBJECT)|(PUBLIC|PRIVATE|PROTECTED)\s+SECTION|` +
        String.raw`(TYPE|LIKE)\s+((LINE\s+OF|REF\s+TO|(SORTED|STANDARD|HASHED)\s+TABLE\s+OF))?|` +
        String.raw`FROM\s+(DATABASE|MEMORY)|CALL\s+METHOD|(GROUP|ORDER) BY|HAVING|SEPARATED BY|` +
        String.raw`GET\s+(BADI|BIT|CURSOR|DATASET|LOCALE|PARAMETER|PF-STATUS|(PROPERTY|REFERENCE)\s+OF|` +
        String.raw`RUN\s+TIME|TIME\s+(STAMP)?)?|SET\s+(BIT|BLANK\s+LINES|COUNTRY|CURSOR|DATASET|` +
        String.raw`EXTENDED\s+CHECK|HANDLER|HOLD\s+DATA|LANGUAGE|LEFT\s+SCROLL-BOUNDARY|LOCALE|` +
        String.raw`MARGIN|PARAMETER|PF-STATUS|PROPERTY\s+OF|RUN\s+TIME\s+(ANALYZER|CLOCK\s+RESOLUTION)|` +
        String.raw`SCREEN|TITLEBAR|UPADTE\s+TASK\s+LOCAL|USER-COMMAND)|CONVERT\s+((INVERTED-)?DATE|` +
        String.raw`TIME|TIME\s+STAMP|TEXT)|(CLOSE|OPEN)\s+(DATASET|CURSOR)|(TO|FROM)\s+(DATA BUFFER|` +
        String.raw`INTERNAL TABLE|MEMORY ID|DATABASE|SHARED\s+(MEMORY|BUFFER))|DESCRIBE\s+(DISTANCE\s+BETWEEN|` +
        String.raw`FIELD|LIST|TABLE)|FREE\s(MEMORY|OBJECT)?|PROCESS\s+(BEFORE\s+OUTPUT|AFTER\s+INPUT|` +
        String.raw`ON\s+(VALUE-REQUEST|HELP-REQUEST))|AT\s+(LINE-SELECTION|USER-COMMAND|END\s+OF|` +
        String.raw`NEW)|AT\s+SELECTION-SCREEN(\s+(ON(\s+(BLOCK|(HELP|VALUE)-REQUEST\s+FOR|` +
        String.raw`END\s+OF|RADIOBUTTON\s+GROUP))?|OUTPUT))?|SELECTION-SCREEN:?\s+((BEGIN|` +
        String.raw`END)\s+OF\s+((TABBED\s+)?BLOCK|LINE|SCREEN)|COMMENT|FUNCTION\s+KEY|INCLUDE\s+BLOCKS|` +
        String.raw`POSITION|PUSHBUTTON|SKIP|ULINE)|LEAVE\s+(LIST-PROCESSING|PROGRAM|SCREEN|` +
        String.raw`TO LIST-PROCESSING|TO TRANSACTION)(ENDING|STARTING)\s+AT|FORMAT\s+(COLOR|` +
        String.raw`INTENSIFIED|INVERSE|HOTSPOT|INPUT|FRAMES|RESET)|AS\s+(CHECKBOX|SUBSCREEN|` +
        String.raw`WINDOW)|WITH\s+(((NON-)?UNIQUE)?\s+KEY|FRAME)|(BEGIN|END)\s+OF|DELETE(\s+ADJACENT\s+DUPLICATES\sFROM)?|` +
        String.raw`COMPARING(\s+ALL\s+FIELDS)?|(INSERT|APPEND)(\s+INITIAL\s+LINE\s+(IN)?TO|` +
        String.raw`\s+LINES\s+OF)?|IN\s+((BYTE|CHARACTER)\s+MODE|PROGRAM)|END-OF-(DEFINITION|` +
        String.raw`PAGE|SELECTION)|WITH\s+FRAME(\s+TITLE)|(REPLACE|FIND)\s+((FIRST|ALL)\s+OCCURRENCES?\s+OF\s+)?(SUBSTRING|` +
        String.raw`REGEX)?|MATCH\s+(LENGTH|COUNT|LINE|OFFSET)|(RESPECTING|IGNORING)\s+CASE|` +
        String.raw`IN\s+UPDATE\s+TASK|(SOURCE|RESULT)\s+(XML)?|REFERENCE\s+INTO|AND\s+(MARK|` +
        String.raw`RETURN)|CLIENT\s+SPECIFIED|CORRESPONDING\s+FIELDS\s+OF|IF\s+FOUND|FOR\s+EVENT|` +
        String.raw`INHERITING\s+FROM|LEAVE\s+TO\s+SCREEN|LOOP\s+AT\s+(SCREEN)?|LOWER\s+CASE|` +
        String.raw`MATCHCODE\s+OBJECT|MODIF\s+ID|MODIFY\s+SCREEN|NESTING\s+LEVEL|NO\s+INTERVALS|` +
        String.raw`OF\s+STRUCTURE|RADIOBUTTON\s+GROUP|RANGE\s+OF|REF\s+TO|SUPPRESS DIALOG|` +
        String.raw`TABLE\s+OF|UPPER\s+CASE|TRANSPORTING\s+NO\s+FIELDS|VALUE\s+CHECK|VISIBLE\s+LENGTH|` +
        String.raw`HEADER\s+LINE|COMMON\s+PART)\b`, 'Keyword'],
      [String.raw`(^|(?<=(\s|\.)))(ABBREVIATED|ABSTRACT|ADD|ALIASES|ALIGN|ALPHA|ASSERT|AS|` +
        String.raw`ASSIGN(ING)?|AT(\s+FIRST)?|BACK|BLOCK|BREAK-POINT|CASE|CAST|CATCH|CHANGING|` +
        'CHECK|CLASS|CLEAR|COLLECT|COLOR|COMMIT|COND|CONV|CREATE|COMMUNICATION|COMPONENTS?|' +
        'COMPUTE|CONCATENATE|CONDENSE|CONSTANTS|CONTEXTS|CONTINUE|CONTROLS|COUNTRY|' +
        'CURRENCY|DATA|DATE|DECIMALS|DEFAULT|DEFINE|DEFINITION|DEFERRED|DEMAND|DETAIL|' +
        'DIRECTORY|DIVIDE|DO|DUMMY|ELSE(IF)?|ENDAT|ENDCASE|ENDCATCH|ENDCLASS|ENDDO|' +
        'ENDFORM|ENDFUNCTION|ENDIF|ENDINTERFACE|ENDLOOP|ENDMETHOD|ENDMODULE|ENDSELECT|' +
        'ENDTRY|ENDWHILE|ENHANCEMENT|EVENTS|EXACT|EXCEPTIONS?|EXIT|EXPONENT|EXPORT|' +
        'EXPORTING|EXTRACT|FETCH|FIELDS?|FOR|FORM|FORMAT|FREE|FROM|FUNCTION|HIDE|' +
        'ID|IF|IMPORT|IMPLEMENTATION|IMPORTING|IN|INCLUDE|INCLUDING|INDEX|INFOTYPES|' +
        'INITIALIZATION|INTERFACE|INTERFACES|INTO|LANGUAGE|LEAVE|LENGTH|LINES|LOAD|' +
        'LOCAL|JOIN|KEY|NEW|NEXT|MAXIMUM|MESSAGE|METHOD[S]?|MINIMUM|MODULE|MODIFIER|' +
        'MODIFY|MOVE|MULTIPLY|NODES|NUMBER|OBLIGATORY|OBJECT|OF|OFF|ON|OTHERS|OVERLAY|' +
        String.raw`PACK|PAD|PARAMETERS|PERCENTAGE|POSITION|PROGRAM|PROVIDE|PUBLIC|PUT|PF\d\d|` +
        'RAISE|RAISING|RANGES?|READ|RECEIVE|REDEFINITION|REFRESH|REJECT|REPORT|RESERVE|' +
        'REF|RESUME|RETRY|RETURN|RETURNING|RIGHT|ROLLBACK|REPLACE|SCROLL|SEARCH|' +
        'SELECT|SHIFT|SIGN|SINGLE|SIZE|SKIP|SORT|SPLIT|STATICS|STOP|STYLE|SUBMATCHES|' +
        String.raw`SUBMIT|SUBTRACT|SUM(?!\()|SUMMARY|SUMMING|SUPPLY|SWITCH|TABLE|TABLES|TIMESTAMP|` +
        String.raw`TIMES?|TIMEZONE|TITLE|\??TO|TOP-OF-PAGE|TRANSFER|TRANSLATE|TRY|TYPES|ULINE|` +
        'UNDER|UNPACK|UPDATE|USING|VALUE|VALUES|VIA|VARYING|VARY|WAIT|WHEN|WHERE|' +
        String.raw`WIDTH|WHILE|WITH|WINDOW|WRITE|XSD|ZERO)\b`, 'Keyword'],
      ['(abs|acos|asin|atan|boolc|boolx|bit_set|char_off|charlen|ceil|cmax|cmin|' +
        'condense|contains|contains_any_of|contains_any_not_of|concat_lines_of|cos|' +
        'cosh|count|count_any_of|count_any_not_of|dbmaxlen|distance|escape|exp|find|' +
        'find_end|find_any_of|find_any_not_of|floor|frac|from_mixed|insert|lines|' +
        'log|log10|match|matches|nmax|nmin|numofchar|repeat|replace|rescale|reverse|' +
        'round|segment|shift_left|shift_right|sign|sin|sinh|sqrt|strlen|substring|' +
        'substring_after|substring_from|substring_before|substring_to|tan|tanh|to_upper|' +
        String.raw`to_lower|to_mixed|translate|trunc|xstrlen)(\()\b`, bygroups('Name.Builtin', 'Punctuation')],
      ['&[0-9]', 'Name'],
      ['[0-9]+', 'Literal.Number.Integer'],
      [String.raw`(?<=(\s|.))(AND|OR|EQ|NE|GT|LT|GE|LE|CO|CN|CA|NA|CS|NOT|NS|CP|NP|BYTE-CO|` +
        String.raw`BYTE-CN|BYTE-CA|BYTE-NA|BYTE-CS|BYTE-NS|IS\s+(NOT\s+)?(INITIAL|ASSIGNED|` +
        String.raw`REQUESTED|BOUND))\b`, 'Operator.Word'],
      include('variable-names'),
      [String.raw`[?*<>=\-+&]`, 'Operator'],
      [String.raw`'(''|[^'])*'`, 'Literal.String.Single'],
      ['`([^`])*`', 'Literal.String.Single'],
      ['([|}])([^{}|]*?)([|{])', bygroups('Punctuation', 'Literal.String.Single', 'Punctuation')],
      [String.raw`[/;:()\[\],.]`, 'Punctuation'],
      [String.raw`(!)(\w+)`, bygroups('Operator', 'Name')],
    ],
  },
};
