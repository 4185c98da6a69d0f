/**
 * Pygments' NSISLexer (pygments/lexers/installers.py, Pygments 2.20.0), rule for rule:
 * case-insensitive; `$VAR` and `${define}` are read inside double and backtick strings too.
 *
 *     StrCpy $0 "$INSTDIR\a"   ->   <k>StrCpy</k><w> </w><bp>$0</bp><w> </w><s2>"</s2><vg>$INSTDIR</vg>...
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

export const nsisLexer: LexerDefinition = {
  name: 'NSIS',
  aliases: ['nsis', 'nsi', 'nsh'],
  flags: 'i',
  tokens: {
    root: [
      [String.raw`([;#].*)(\n)`, bygroups('Comment', 'Text.Whitespace')],
      [String.raw`'.*?'`, 'Literal.String.Single'],
      ['"', 'Literal.String.Double', 'str_double'],
      ['`', 'Literal.String.Backtick', 'str_backtick'],
      include('macro'),
      include('interpol'),
      include('basic'),
      [String.raw`\$\{[a-z_|][\w|]*\}`, 'Keyword.Pseudo'],
      [String.raw`/[a-z_]\w*`, 'Name.Attribute'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`[\w.]+`, 'Text'],
    ],
    basic: [
      [String.raw`(\n)(Function)(\s+)([._a-z][.\w]*)\b`, bygroups('Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Name.Function')],
      [String.raw`\b([_a-z]\w*)(::)([a-z][a-z0-9]*)\b`, bygroups('Keyword.Namespace', 'Punctuation', 'Name.Function')],
      [String.raw`\b([_a-z]\w*)(:)`, bygroups('Name.Label', 'Punctuation')],
      [String.raw`(\b[ULS]|\B)([!<>=]?=|\<\>?|\>)\B`, 'Operator'],
      ['[|+-]', 'Operator'],
      [String.raw`\\`, 'Punctuation'],
      [String.raw`\b(Abort|Add(?:BrandingImage|Size)|Allow(?:RootDirInstall|SkipFiles)|AutoCloseWindow|` +
        'BG(?:Font|Gradient)|BrandingText|BringToFront|Call(?:InstDLL)?|(?:Sub)?Caption|' +
        'ChangeUI|CheckBitmap|ClearErrors|CompletedText|ComponentText|CopyFiles|' +
        'CRCCheck|Create(?:Directory|Font|Shortcut)|Delete(?:INI(?:Sec|Str)|Reg(?:Key|' +
        'Value))?|DetailPrint|DetailsButtonText|Dir(?:Show|Text|Var|Verify)|(?:Disabled|' +
        'Enabled)Bitmap|EnableWindow|EnumReg(?:Key|Value)|Exch|Exec(?:Shell|Wait)?|' +
        'ExpandEnvStrings|File(?:BufSize|Close|ErrorText|Open|Read(?:Byte)?|Seek|' +
        'Write(?:Byte)?)?|Find(?:Close|First|Next|Window)|FlushINI|Function(?:End)?|' +
        'Get(?:CurInstType|CurrentAddress|DlgItem|DLLVersion(?:Local)?|ErrorLevel|' +
        'FileTime(?:Local)?|FullPathName|FunctionAddress|InstDirError|LabelAddress|' +
        'TempFileName)|Goto|HideWindow|Icon|If(?:Abort|Errors|FileExists|RebootFlag|' +
        'Silent)|InitPluginsDir|Install(?:ButtonText|Colors|Dir(?:RegKey)?)|Inst(?:ProgressFlags|' +
        'Type(?:[GS]etText)?)|Int(?:CmpU?|Fmt|Op)|IsWindow|LangString(?:UP)?|License(?:BkColor|' +
        'Data|ForceSelection|LangString|Text)|LoadLanguageFile|LockWindow|Log(?:Set|' +
        'Text)|MessageBox|MiscButtonText|Name|Nop|OutFile|(?:Uninst)?Page(?:Ex(?:End)?)?|' +
        'PluginDir|Pop|Push|Quit|Read(?:(?:Env|INI|Reg)Str|RegDWORD)|Reboot|(?:Un)?RegDLL|' +
        'Rename|RequestExecutionLevel|ReserveFile|Return|RMDir|SearchPath|Section(?:Divider|' +
        'End|(?:(?:Get|Set)(?:Flags|InstTypes|Size|Text))|Group(?:End)?|In)?|SendMessage|' +
        'Set(?:AutoClose|BrandingImage|Compress(?:ionLevel|or(?:DictSize)?)?|CtlColors|' +
        'CurInstType|DatablockOptimize|DateSave|Details(?:Print|View)|Error(?:s|' +
        'Level)|FileAttributes|Font|OutPath|Overwrite|PluginUnload|RebootFlag|ShellVarContext|' +
        'Silent|StaticBkColor)|Show(?:(?:I|Uni)nstDetails|Window)|Silent(?:Un)?Install|' +
        'Sleep|SpaceTexts|Str(?:CmpS?|Cpy|Len)|SubSection(?:End)?|Uninstall(?:ButtonText|' +
        '(?:Sub)?Caption|EXEName|Icon|Text)|UninstPage|Var|VI(?:AddVersionKey|ProductVersion)|' +
        'WindowIcon|Write(?:INIStr|Reg(:?Bin|DWORD|(?:Expand)?Str)|Uninstaller)|' +
        String.raw`XPStyle)\b`, 'Keyword'],
      [String.raw`\b(CUR|END|(?:FILE_ATTRIBUTE_)?(?:ARCHIVE|HIDDEN|NORMAL|OFFLINE|READONLY|` +
        'SYSTEM|TEMPORARY)|HK(CC|CR|CU|DD|LM|PD|U)|HKEY_(?:CLASSES_ROOT|CURRENT_(?:CONFIG|' +
        'USER)|DYN_DATA|LOCAL_MACHINE|PERFORMANCE_DATA|USERS)|ID(?:ABORT|CANCEL|' +
        'IGNORE|NO|OK|RETRY|YES)|MB_(?:ABORTRETRYIGNORE|DEFBUTTON[1-4]|ICON(?:EXCLAMATION|' +
        'INFORMATION|QUESTION|STOP)|OK(?:CANCEL)?|RETRYCANCEL|RIGHT|SETFOREGROUND|' +
        'TOPMOST|USERICON|YESNO(?:CANCEL)?)|SET|SHCTX|SW_(?:HIDE|SHOW(?:MAXIMIZED|' +
        'MINIMIZED|NORMAL))|admin|all|auto|both|bottom|bzip2|checkbox|colored|current|' +
        'false|force|hide|highest|if(?:diff|newer)|lastused|leave|left|listonly|' +
        'lzma|nevershow|none|normal|off|on|pop|push|radiobuttons|right|show|silent|' +
        String.raw`silentlog|smooth|textonly|top|true|try|user|zlib)\b`, 'Name.Constant'],
    ],
    macro: [
      [String.raw`\!(addincludedir(?:dir)?|addplugindir|appendfile|cd|define|delfilefile|` +
        'echo(?:message)?|else|endif|error|execute|if(?:macro)?n?(?:def)?|include|' +
        'insertmacro|macro(?:end)?|packhdr|search(?:parse|replace)|system|tempfilesymbol|' +
        String.raw`undef|verbose|warning)\b`, 'Comment.Preproc'],
    ],
    interpol: [
      [String.raw`\$(R?[0-9])`, 'Name.Builtin.Pseudo'],
      [String.raw`\$(ADMINTOOLS|APPDATA|CDBURN_AREA|COOKIES|COMMONFILES(?:32|64)|DESKTOP|` +
        'DOCUMENTS|EXE(?:DIR|FILE|PATH)|FAVORITES|FONTS|HISTORY|HWNDPARENT|INTERNET_CACHE|' +
        'LOCALAPPDATA|MUSIC|NETHOOD|PICTURES|PLUGINSDIR|PRINTHOOD|PROFILE|PROGRAMFILES(?:32|' +
        '64)|QUICKLAUNCH|RECENT|RESOURCES(?:_LOCALIZED)?|SENDTO|SM(?:PROGRAMS|STARTUP)|' +
        String.raw`STARTMENU|SYSDIR|TEMP(?:LATES)?|VIDEOS|WINDIR|\{NSISDIR\})`, 'Name.Builtin'],
      [String.raw`\$(CMDLINE|INSTDIR|OUTDIR|LANGUAGE)`, 'Name.Variable.Global'],
      [String.raw`\$[a-z_]\w*`, 'Name.Variable'],
    ],
    str_double: [
      ['"', 'Literal.String.Double', '#pop'],
      [String.raw`\$(\\[nrt"]|\$)`, 'Literal.String.Escape'],
      include('interpol'),
      ['[^"]+', 'Literal.String.Double'],
    ],
    str_backtick: [
      ['`', 'Literal.String.Double', '#pop'],
      [String.raw`\$(\\[nrt"]|\$)`, 'Literal.String.Escape'],
      include('interpol'),
      ['[^`]+', 'Literal.String.Double'],
    ],
  },
};
