/**
 * Pygments' AutohotkeyLexer and AutoItLexer (pygments/lexers/automation.py, Pygments 2.20.0),
 * rule for rule: commands are keywords only at a line start; block comments and `( )`
 * continuation sections only start a line too.
 *
 *     MsgBox % A_Index   ->   <nb>MsgBox</nb><w> </w><o>%</o><w> </w><nv>A_Index</nv>
 */
import { bygroups, combined, include, type LexerDefinition } from '../regex-lexer.ts';

export const autohotkeyLexer: LexerDefinition = {
  name: 'autohotkey',
  aliases: ['autohotkey', 'ahk'],
  tokens: {
    root: [
      [String.raw`^(\s*)(/\*)`, bygroups('Text', 'Comment.Multiline'), 'incomment'],
      [String.raw`^(\s*)(\()`, bygroups('Text', 'Generic'), 'incontinuation'],
      [String.raw`\s+;.*?$`, 'Comment.Single'],
      ['^;.*?$', 'Comment.Single'],
      ['[]{}(),;[]', 'Punctuation'],
      [String.raw`(in|is|and|or|not)\b`, 'Operator.Word'],
      [String.raw`\%[a-zA-Z_#@$][\w#@$]*\%`, 'Name.Variable'],
      [String.raw`!=|==|:=|\.=|<<|>>|[-~+/*%=<>&^|?:!.]`, 'Operator'],
      include('commands'),
      include('labels'),
      include('builtInFunctions'),
      include('builtInVariables'),
      ['"', 'Literal.String', combined('stringescape', 'dqs')],
      include('numbers'),
      [String.raw`[a-zA-Z_#@$][\w#@$]*`, 'Name'],
      [String.raw`\\|\'`, 'Text'],
      [String.raw`\x60([,%\x60abfnrtv\-+;])`, 'Literal.String.Escape'],
      include('garbage'),
    ],
    incomment: [
      [String.raw`^\s*\*/`, 'Comment.Multiline', '#pop'],
      ['[^*]+', 'Comment.Multiline'],
      [String.raw`\*`, 'Comment.Multiline'],
    ],
    incontinuation: [
      [String.raw`^\s*\)`, 'Generic', '#pop'],
      ['[^)]', 'Generic'],
      ['[)]', 'Generic'],
    ],
    commands: [
      [String.raw`(?i)^(\s*)(global|local|static|#AllowSameLineComments|#ClipboardTimeout|` +
        '#CommentFlag|#ErrorStdOut|#EscapeChar|#HotkeyInterval|#HotkeyModifierTimeout|' +
        '#Hotstring|#IfWinActive|#IfWinExist|#IfWinNotActive|#IfWinNotExist|#IncludeAgain|' +
        '#Include|#InstallKeybdHook|#InstallMouseHook|#KeyHistory|#LTrim|#MaxHotkeysPerInterval|' +
        '#MaxMem|#MaxThreads|#MaxThreadsBuffer|#MaxThreadsPerHotkey|#NoEnv|#NoTrayIcon|' +
        '#Persistent|#SingleInstance|#UseHook|#WinActivateForce|AutoTrim|BlockInput|' +
        'Break|Click|ClipWait|Continue|Control|ControlClick|ControlFocus|ControlGetFocus|' +
        'ControlGetPos|ControlGetText|ControlGet|ControlMove|ControlSend|ControlSendRaw|' +
        'ControlSetText|CoordMode|Critical|DetectHiddenText|DetectHiddenWindows|' +
        'Drive|DriveGet|DriveSpaceFree|Edit|Else|EnvAdd|EnvDiv|EnvGet|EnvMult|EnvSet|' +
        'EnvSub|EnvUpdate|Exit|ExitApp|FileAppend|FileCopy|FileCopyDir|FileCreateDir|' +
        'FileCreateShortcut|FileDelete|FileGetAttrib|FileGetShortcut|FileGetSize|' +
        'FileGetTime|FileGetVersion|FileInstall|FileMove|FileMoveDir|FileRead|FileReadLine|' +
        'FileRecycle|FileRecycleEmpty|FileRemoveDir|FileSelectFile|FileSelectFolder|' +
        'FileSetAttrib|FileSetTime|FormatTime|GetKeyState|Gosub|Goto|GroupActivate|' +
        'GroupAdd|GroupClose|GroupDeactivate|Gui|GuiControl|GuiControlGet|Hotkey|' +
        'IfEqual|IfExist|IfGreaterOrEqual|IfGreater|IfInString|IfLess|IfLessOrEqual|' +
        'IfMsgBox|IfNotEqual|IfNotExist|IfNotInString|IfWinActive|IfWinExist|IfWinNotActive|' +
        'IfWinNotExist|If |ImageSearch|IniDelete|IniRead|IniWrite|InputBox|Input|' +
        'KeyHistory|KeyWait|ListHotkeys|ListLines|ListVars|Loop|Menu|MouseClickDrag|' +
        'MouseClick|MouseGetPos|MouseMove|MsgBox|OnExit|OutputDebug|Pause|PixelGetColor|' +
        'PixelSearch|PostMessage|Process|Progress|Random|RegDelete|RegRead|RegWrite|' +
        'Reload|Repeat|Return|RunAs|RunWait|Run|SendEvent|SendInput|SendMessage|' +
        'SendMode|SendPlay|SendRaw|Send|SetBatchLines|SetCapslockState|SetControlDelay|' +
        'SetDefaultMouseSpeed|SetEnv|SetFormat|SetKeyDelay|SetMouseDelay|SetNumlockState|' +
        'SetScrollLockState|SetStoreCapslockMode|SetTimer|SetTitleMatchMode|SetWinDelay|' +
        'SetWorkingDir|Shutdown|Sleep|Sort|SoundBeep|SoundGet|SoundGetWaveVolume|' +
        'SoundPlay|SoundSet|SoundSetWaveVolume|SplashImage|SplashTextOff|SplashTextOn|' +
        'SplitPath|StatusBarGetText|StatusBarWait|StringCaseSense|StringGetPos|StringLeft|' +
        'StringLen|StringLower|StringMid|StringReplace|StringRight|StringSplit|StringTrimLeft|' +
        'StringTrimRight|StringUpper|Suspend|SysGet|Thread|ToolTip|Transform|TrayTip|' +
        'URLDownloadToFile|While|WinActivate|WinActivateBottom|WinClose|WinGetActiveStats|' +
        'WinGetActiveTitle|WinGetClass|WinGetPos|WinGetText|WinGetTitle|WinGet|WinHide|' +
        'WinKill|WinMaximize|WinMenuSelectItem|WinMinimizeAllUndo|WinMinimizeAll|' +
        'WinMinimize|WinMove|WinRestore|WinSetTitle|WinSet|WinShow|WinWaitActive|' +
        String.raw`WinWaitClose|WinWaitNotActive|WinWait)\b`, bygroups('Text', 'Name.Builtin')],
    ],
    builtInFunctions: [
      ['(?i)(Abs|ACos|Asc|ASin|ATan|Ceil|Chr|Cos|DllCall|Exp|FileExist|Floor|GetKeyState|' +
        'IL_Add|IL_Create|IL_Destroy|InStr|IsFunc|IsLabel|Ln|Log|LV_Add|LV_Delete|' +
        'LV_DeleteCol|LV_GetCount|LV_GetNext|LV_GetText|LV_Insert|LV_InsertCol|LV_Modify|' +
        'LV_ModifyCol|LV_SetImageList|Mod|NumGet|NumPut|OnMessage|RegExMatch|RegExReplace|' +
        'RegisterCallback|Round|SB_SetIcon|SB_SetParts|SB_SetText|Sin|Sqrt|StrLen|' +
        'SubStr|Tan|TV_Add|TV_Delete|TV_GetChild|TV_GetCount|TV_GetNext|TV_Get|TV_GetParent|' +
        'TV_GetPrev|TV_GetSelection|TV_GetText|TV_Modify|VarSetCapacity|WinActive|' +
        'WinExist|Object|ComObjActive|ComObjArray|ComObjEnwrap|ComObjUnwrap|ComObjParameter|' +
        'ComObjType|ComObjConnect|ComObjCreate|ComObjGet|ComObjError|ComObjValue|' +
        'Insert|MinIndex|MaxIndex|Remove|SetCapacity|GetCapacity|GetAddress|_NewEnum|' +
        'FileOpen|Read|Write|ReadLine|WriteLine|ReadNumType|WriteNumType|RawRead|' +
        String.raw`RawWrite|Seek|Tell|Close|Next|IsObject|StrPut|StrGet|Trim|LTrim|RTrim)\b`, 'Name.Function'],
    ],
    builtInVariables: [
      ['(?i)(A_AhkPath|A_AhkVersion|A_AppData|A_AppDataCommon|A_AutoTrim|A_BatchLines|' +
        'A_CaretX|A_CaretY|A_ComputerName|A_ControlDelay|A_Cursor|A_DDDD|A_DDD|A_DD|' +
        'A_DefaultMouseSpeed|A_Desktop|A_DesktopCommon|A_DetectHiddenText|A_DetectHiddenWindows|' +
        'A_EndChar|A_EventInfo|A_ExitReason|A_FormatFloat|A_FormatInteger|A_Gui|' +
        'A_GuiEvent|A_GuiControl|A_GuiControlEvent|A_GuiHeight|A_GuiWidth|A_GuiX|' +
        'A_GuiY|A_Hour|A_IconFile|A_IconHidden|A_IconNumber|A_IconTip|A_Index|A_IPAddress1|' +
        'A_IPAddress2|A_IPAddress3|A_IPAddress4|A_ISAdmin|A_IsCompiled|A_IsCritical|' +
        'A_IsPaused|A_IsSuspended|A_KeyDelay|A_Language|A_LastError|A_LineFile|A_LineNumber|' +
        'A_LoopField|A_LoopFileAttrib|A_LoopFileDir|A_LoopFileExt|A_LoopFileFullPath|' +
        'A_LoopFileLongPath|A_LoopFileName|A_LoopFileShortName|A_LoopFileShortPath|' +
        'A_LoopFileSize|A_LoopFileSizeKB|A_LoopFileSizeMB|A_LoopFileTimeAccessed|' +
        'A_LoopFileTimeCreated|A_LoopFileTimeModified|A_LoopReadLine|A_LoopRegKey|' +
        'A_LoopRegName|A_LoopRegSubkey|A_LoopRegTimeModified|A_LoopRegType|A_MDAY|' +
        'A_Min|A_MM|A_MMM|A_MMMM|A_Mon|A_MouseDelay|A_MSec|A_MyDocuments|A_Now|A_NowUTC|' +
        'A_NumBatchLines|A_OSType|A_OSVersion|A_PriorHotkey|A_ProgramFiles|A_Programs|' +
        'A_ProgramsCommon|A_ScreenHeight|A_ScreenWidth|A_ScriptDir|A_ScriptFullPath|' +
        'A_ScriptName|A_Sec|A_Space|A_StartMenu|A_StartMenuCommon|A_Startup|A_StartupCommon|' +
        'A_StringCaseSense|A_Tab|A_Temp|A_ThisFunc|A_ThisHotkey|A_ThisLabel|A_ThisMenu|' +
        'A_ThisMenuItem|A_ThisMenuItemPos|A_TickCount|A_TimeIdle|A_TimeIdlePhysical|' +
        'A_TimeSincePriorHotkey|A_TimeSinceThisHotkey|A_TitleMatchMode|A_TitleMatchModeSpeed|' +
        'A_UserName|A_WDay|A_WinDelay|A_WinDir|A_WorkingDir|A_YDay|A_YEAR|A_YWeek|' +
        'A_YYYY|Clipboard|ClipboardAll|ComSpec|ErrorLevel|ProgramFiles|True|False|' +
        String.raw`A_IsUnicode|A_FileEncoding|A_OSVersion|A_PtrSize)\b`, 'Name.Variable'],
    ],
    labels: [
      [String.raw`(^\s*)([^:\s("]+?:{1,2})`, bygroups('Text', 'Name.Label')],
      [String.raw`(^\s*)(::[^:\s]+?::)`, bygroups('Text', 'Name.Label')],
    ],
    numbers: [
      [String.raw`(\d+\.\d*|\d*\.\d+)([eE][+-]?[0-9]+)?`, 'Literal.Number.Float'],
      [String.raw`\d+[eE][+-]?[0-9]+`, 'Literal.Number.Float'],
      [String.raw`0\d+`, 'Literal.Number.Oct'],
      ['0[xX][a-fA-F0-9]+', 'Literal.Number.Hex'],
      [String.raw`\d+L`, 'Literal.Number.Integer.Long'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
    ],
    stringescape: [
      [String.raw`\"\"|\x60([,%\x60abfnrtv])`, 'Literal.String.Escape'],
    ],
    strings: [
      [String.raw`[^"\n]+`, 'Literal.String'],
    ],
    dqs: [
      ['"', 'Literal.String', '#pop'],
      include('strings'),
    ],
    garbage: [
      [String.raw`[^\S\n]`, 'Text'],
    ],
  },
};

export const autoitLexer: LexerDefinition = {
  name: 'AutoIt',
  aliases: ['autoit'],
  tokens: {
    root: [
      [String.raw`;.*\n`, 'Comment.Single'],
      [String.raw`(#comments-start|#cs)(.|\n)*?(#comments-end|#ce)`, 'Comment.Multiline'],
      [String.raw`[\[\]{}(),;]`, 'Punctuation'],
      [String.raw`(and|or|not)\b`, 'Operator.Word'],
      [String.raw`[$|@][a-zA-Z_]\w*`, 'Name.Variable'],
      [String.raw`!=|==|:=|\.=|<<|>>|[-~+/*%=<>&^|?:!.]`, 'Operator'],
      include('commands'),
      include('labels'),
      include('builtInFunctions'),
      include('builtInMarcros'),
      ['"', 'Literal.String', combined('stringescape', 'dqs')],
      [String.raw`'`, 'Literal.String', 'sqs'],
      include('numbers'),
      [String.raw`[a-zA-Z_#@$][\w#@$]*`, 'Name'],
      [String.raw`\\|\'`, 'Text'],
      [String.raw`\x60([,%\x60abfnrtv\-+;])`, 'Literal.String.Escape'],
      [String.raw`_\n`, 'Text'],
      include('garbage'),
    ],
    commands: [
      [String.raw`(?i)(\s*)(#include-once|#include|#endregion|#forcedef|#forceref|#region|` +
        'and|byref|case|continueloop|dim|do|else|elseif|endfunc|endif|endselect|' +
        'exit|exitloop|for|func|global|if|local|next|not|or|return|select|step|then|' +
        String.raw`to|until|wend|while|exit)\b`, bygroups('Text', 'Name.Builtin')],
    ],
    builtInFunctions: [
      ['(?i)(abs|acos|adlibregister|adlibunregister|asc|ascw|asin|assign|atan|autoitsetoption|' +
        'autoitwingettitle|autoitwinsettitle|beep|binary|binarylen|binarymid|binarytostring|' +
        'bitand|bitnot|bitor|bitrotate|bitshift|bitxor|blockinput|break|call|cdtray|' +
        'ceiling|chr|chrw|clipget|clipput|consoleread|consolewrite|consolewriteerror|' +
        'controlclick|controlcommand|controldisable|controlenable|controlfocus|controlgetfocus|' +
        'controlgethandle|controlgetpos|controlgettext|controlhide|controllistview|' +
        'controlmove|controlsend|controlsettext|controlshow|controltreeview|cos|' +
        'dec|dircopy|dircreate|dirgetsize|dirmove|dirremove|dllcall|dllcalladdress|' +
        'dllcallbackfree|dllcallbackgetptr|dllcallbackregister|dllclose|dllopen|' +
        'dllstructcreate|dllstructgetdata|dllstructgetptr|dllstructgetsize|dllstructsetdata|' +
        'drivegetdrive|drivegetfilesystem|drivegetlabel|drivegetserial|drivegettype|' +
        'drivemapadd|drivemapdel|drivemapget|drivesetlabel|drivespacefree|drivespacetotal|' +
        'drivestatus|envget|envset|envupdate|eval|execute|exp|filechangedir|fileclose|' +
        'filecopy|filecreatentfslink|filecreateshortcut|filedelete|fileexists|filefindfirstfile|' +
        'filefindnextfile|fileflush|filegetattrib|filegetencoding|filegetlongname|' +
        'filegetpos|filegetshortcut|filegetshortname|filegetsize|filegettime|filegetversion|' +
        'fileinstall|filemove|fileopen|fileopendialog|fileread|filereadline|filerecycle|' +
        'filerecycleempty|filesavedialog|fileselectfolder|filesetattrib|filesetpos|' +
        'filesettime|filewrite|filewriteline|floor|ftpsetproxy|guicreate|guictrlcreateavi|' +
        'guictrlcreatebutton|guictrlcreatecheckbox|guictrlcreatecombo|guictrlcreatecontextmenu|' +
        'guictrlcreatedate|guictrlcreatedummy|guictrlcreateedit|guictrlcreategraphic|' +
        'guictrlcreategroup|guictrlcreateicon|guictrlcreateinput|guictrlcreatelabel|' +
        'guictrlcreatelist|guictrlcreatelistview|guictrlcreatelistviewitem|guictrlcreatemenu|' +
        'guictrlcreatemenuitem|guictrlcreatemonthcal|guictrlcreateobj|guictrlcreatepic|' +
        'guictrlcreateprogress|guictrlcreateradio|guictrlcreateslider|guictrlcreatetab|' +
        'guictrlcreatetabitem|guictrlcreatetreeview|guictrlcreatetreeviewitem|guictrlcreateupdown|' +
        'guictrldelete|guictrlgethandle|guictrlgetstate|guictrlread|guictrlrecvmsg|' +
        'guictrlregisterlistviewsort|guictrlsendmsg|guictrlsendtodummy|guictrlsetbkcolor|' +
        'guictrlsetcolor|guictrlsetcursor|guictrlsetdata|guictrlsetdefbkcolor|guictrlsetdefcolor|' +
        'guictrlsetfont|guictrlsetgraphic|guictrlsetimage|guictrlsetlimit|guictrlsetonevent|' +
        'guictrlsetpos|guictrlsetresizing|guictrlsetstate|guictrlsetstyle|guictrlsettip|' +
        'guidelete|guigetcursorinfo|guigetmsg|guigetstyle|guiregistermsg|guisetaccelerators|' +
        'guisetbkcolor|guisetcoord|guisetcursor|guisetfont|guisethelp|guiseticon|' +
        'guisetonevent|guisetstate|guisetstyle|guistartgroup|guiswitch|hex|hotkeyset|' +
        'httpsetproxy|httpsetuseragent|hwnd|inetclose|inetget|inetgetinfo|inetgetsize|' +
        'inetread|inidelete|iniread|inireadsection|inireadsectionnames|inirenamesection|' +
        'iniwrite|iniwritesection|inputbox|int|isadmin|isarray|isbinary|isbool|isdeclared|' +
        'isdllstruct|isfloat|ishwnd|isint|iskeyword|isnumber|isobj|isptr|isstring|' +
        'log|memgetstats|mod|mouseclick|mouseclickdrag|mousedown|mousegetcursor|' +
        'mousegetpos|mousemove|mouseup|mousewheel|msgbox|number|objcreate|objcreateinterface|' +
        'objevent|objevent|objget|objname|onautoitexitregister|onautoitexitunregister|' +
        'opt|ping|pixelchecksum|pixelgetcolor|pixelsearch|pluginclose|pluginopen|' +
        'processclose|processexists|processgetstats|processlist|processsetpriority|' +
        'processwait|processwaitclose|progressoff|progresson|progressset|ptr|random|' +
        'regdelete|regenumkey|regenumval|regread|regwrite|round|run|runas|runaswait|' +
        'runwait|send|sendkeepactive|seterror|setextended|shellexecute|shellexecutewait|' +
        'shutdown|sin|sleep|soundplay|soundsetwavevolume|splashimageon|splashoff|' +
        'splashtexton|sqrt|srandom|statusbargettext|stderrread|stdinwrite|stdioclose|' +
        'stdoutread|string|stringaddcr|stringcompare|stringformat|stringfromasciiarray|' +
        'stringinstr|stringisalnum|stringisalpha|stringisascii|stringisdigit|stringisfloat|' +
        'stringisint|stringislower|stringisspace|stringisupper|stringisxdigit|stringleft|' +
        'stringlen|stringlower|stringmid|stringregexp|stringregexpreplace|stringreplace|' +
        'stringright|stringsplit|stringstripcr|stringstripws|stringtoasciiarray|' +
        'stringtobinary|stringtrimleft|stringtrimright|stringupper|tan|tcpaccept|' +
        'tcpclosesocket|tcpconnect|tcplisten|tcpnametoip|tcprecv|tcpsend|tcpshutdown|' +
        'tcpstartup|timerdiff|timerinit|tooltip|traycreateitem|traycreatemenu|traygetmsg|' +
        'trayitemdelete|trayitemgethandle|trayitemgetstate|trayitemgettext|trayitemsetonevent|' +
        'trayitemsetstate|trayitemsettext|traysetclick|trayseticon|traysetonevent|' +
        'traysetpauseicon|traysetstate|traysettooltip|traytip|ubound|udpbind|udpclosesocket|' +
        'udpopen|udprecv|udpsend|udpshutdown|udpstartup|vargettype|winactivate|winactive|' +
        'winclose|winexists|winflash|wingetcaretpos|wingetclasslist|wingetclientsize|' +
        'wingethandle|wingetpos|wingetprocess|wingetstate|wingettext|wingettitle|' +
        'winkill|winlist|winmenuselectitem|winminimizeall|winminimizeallundo|winmove|' +
        'winsetontop|winsetstate|winsettitle|winsettrans|winwait|winwaitactive|winwaitclose|' +
        String.raw`winwaitnotactive)\b`, 'Name.Function'],
    ],
    builtInMarcros: [
      ['(?i)(@appdatacommondir|@appdatadir|@autoitexe|@autoitpid|@autoitversion|' +
        '@autoitx64|@com_eventobj|@commonfilesdir|@compiled|@computername|@comspec|' +
        '@cpuarch|@cr|@crlf|@desktopcommondir|@desktopdepth|@desktopdir|@desktopheight|' +
        '@desktoprefresh|@desktopwidth|@documentscommondir|@error|@exitcode|@exitmethod|' +
        '@extended|@favoritescommondir|@favoritesdir|@gui_ctrlhandle|@gui_ctrlid|' +
        '@gui_dragfile|@gui_dragid|@gui_dropid|@gui_winhandle|@homedrive|@homepath|' +
        '@homeshare|@hotkeypressed|@hour|@ipaddress1|@ipaddress2|@ipaddress3|@ipaddress4|' +
        '@kblayout|@lf|@logondnsdomain|@logondomain|@logonserver|@mday|@min|@mon|' +
        '@msec|@muilang|@mydocumentsdir|@numparams|@osarch|@osbuild|@oslang|@osservicepack|' +
        '@ostype|@osversion|@programfilesdir|@programscommondir|@programsdir|@scriptdir|' +
        '@scriptfullpath|@scriptlinenumber|@scriptname|@sec|@startmenucommondir|' +
        '@startmenudir|@startupcommondir|@startupdir|@sw_disable|@sw_enable|@sw_hide|' +
        '@sw_lock|@sw_maximize|@sw_minimize|@sw_restore|@sw_show|@sw_showdefault|' +
        '@sw_showmaximized|@sw_showminimized|@sw_showminnoactive|@sw_showna|@sw_shownoactivate|' +
        '@sw_shownormal|@sw_unlock|@systemdir|@tab|@tempdir|@tray_id|@trayiconflashing|' +
        '@trayiconvisible|@username|@userprofiledir|@wday|@windowsdir|@workingdir|' +
        String.raw`@yday|@year)\b`, 'Name.Variable.Global'],
    ],
    labels: [
      [String.raw`(^\s*)(\{\S+?\})`, bygroups('Text', 'Name.Label')],
    ],
    numbers: [
      [String.raw`(\d+\.\d*|\d*\.\d+)([eE][+-]?[0-9]+)?`, 'Literal.Number.Float'],
      [String.raw`\d+[eE][+-]?[0-9]+`, 'Literal.Number.Float'],
      [String.raw`0\d+`, 'Literal.Number.Oct'],
      ['0[xX][a-fA-F0-9]+', 'Literal.Number.Hex'],
      [String.raw`\d+L`, 'Literal.Number.Integer.Long'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
    ],
    stringescape: [
      [String.raw`\"\"|\x60([,%\x60abfnrtv])`, 'Literal.String.Escape'],
    ],
    strings: [
      [String.raw`[^"\n]+`, 'Literal.String'],
    ],
    dqs: [
      ['"', 'Literal.String', '#pop'],
      include('strings'),
    ],
    sqs: [
      [String.raw`\'\'|\x60([,%\x60abfnrtv])`, 'Literal.String.Escape'],
      [String.raw`'`, 'Literal.String', '#pop'],
      [String.raw`[^'\n]+`, 'Literal.String'],
    ],
    garbage: [
      [String.raw`[^\S\n]`, 'Text'],
    ],
  },
};
