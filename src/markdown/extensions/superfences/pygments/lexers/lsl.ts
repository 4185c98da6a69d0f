/**
 * Pygments' LSLLexer (pygments/lexers/scripting.py, Pygments 2.20.0), rule for rule: Linden Scripting Language (Second Life).
 *
 *     default { state_entry() { llSay(0, "Hello"); } }
 *     ->   <nc>default</nc> <p>{</p> <nb>state_entry</nb><p>(</p><p>)</p> <p>{</p> <nf>llSay</nf><p>(</p><mi>0</mi><p>,</p> <s2>"</s2><s2>Hello</s2><s2>"</s2><p>)</p><p>;</p> <p>}</p> <p>}</p>
 */
import { type LexerDefinition } from '../regex-lexer.ts';
import { LSL_FUNCTIONS_BUILTIN, LSL_CONSTANTS_INTEGER } from './lsl-words.ts';

export const lslLexer: LexerDefinition = {
  name: 'LSL',
  aliases: ['lsl'],
  tokens: {
    root: [
      [String.raw`//.*?\n`, 'Comment.Single'],
      [String.raw`/\*`, 'Comment.Multiline', 'comment'],
      [String.raw`"`, 'Literal.String.Double', 'string'],
      [String.raw`\b(?:do|else|for|if|jump|return|while)\b`, 'Keyword'],
      [String.raw`\b(?:float|integer|key|list|quaternion|rotation|string|vector)\b`, 'Keyword.Type'],
      [String.raw`\b(?:(?:state)\s+\w+|default)\b`, 'Name.Class'],
      [String.raw`\b(?:state_(?:entry|exit)|touch(?:_(?:start|end))?|(?:land_)?collision(?:_(?:start|end))?|timer|listen|(?:no_)?sensor|control|(?:not_)?at_(?:rot_)?target|money|email|run_time_permissions|changed|attach|dataserver|moving_(?:start|end)|link_message|(?:on|object)_rez|remote_data|http_re(?:sponse|quest)|path_update|transaction_result)\b`, 'Name.Builtin'],
      [LSL_FUNCTIONS_BUILTIN, 'Name.Function'],
      [String.raw`\b(?:DEG_TO_RAD|PI(?:_BY_TWO)?|RAD_TO_DEG|SQRT2|TWO_PI)\b`, 'Keyword.Constant'],
      [LSL_CONSTANTS_INTEGER, 'Keyword.Constant'],
      [String.raw`\b(?:FALSE|TRUE)\b`, 'Keyword.Constant'],
      [String.raw`\b(?:ZERO_ROTATION)\b`, 'Keyword.Constant'],
      [String.raw`\b(?:EOF|JSON_(?:ARRAY|DELETE|FALSE|INVALID|NULL|NUMBER|OBJECT|STRING|TRUE)|NULL_KEY|TEXTURE_(?:BLANK|DEFAULT|MEDIA|PLYWOOD|TRANSPARENT)|URL_REQUEST_(?:GRANTED|DENIED))\b`, 'Keyword.Constant'],
      [String.raw`\b(?:TOUCH_INVALID_(?:TEXCOORD|VECTOR)|ZERO_VECTOR)\b`, 'Keyword.Constant'],
      [String.raw`\b(?:LAND_(?:LARGE|MEDIUM|SMALL)_BRUSH)\b`, 'Error'],
      [String.raw`\b(?:ATTACH_[LR]PEC|DATA_RATING|OBJECT_ATTACHMENT_(?:GEOMETRY_BYTES|SURFACE_AREA)|PRIM_(?:CAST_SHADOWS|MATERIAL_LIGHT|TYPE_LEGACY)|PSYS_SRC_(?:INNER|OUTER)ANGLE|VEHICLE_FLAG_NO_FLY_UP|ll(?:Cloud|Make(?:Explosion|Fountain|Smoke|Fire)|RemoteDataSetRegion|Sound(?:Preload)?|XorBase64Strings(?:Correct)?))\b`, 'Error'],
      [String.raw`\b(?:event)\b`, 'Error'],
      [String.raw`\b(?:CHARACTER_(?:MAX_ANGULAR_(?:ACCEL|SPEED)|TURN_SPEED_MULTIPLIER)|PERMISSION_(?:CHANGE_(?:JOINTS|PERMISSIONS)|RELEASE_OWNERSHIP|REMAP_CONTROLS)|PRIM_PHYSICS_MATERIAL|PSYS_SRC_OBJ_REL_MASK|ll(?:CollisionSprite|(?:Stop)?PointAt|(?:(?:Refresh|Set)Prim)URL|(?:Take|Release)Camera|RemoteLoadScript))\b`, 'Error'],
      [String.raw`\b(?:ll(?:GodLikeRezObject|Set(?:Inventory|Object)PermMask))\b`, 'Keyword.Reserved'],
      [String.raw`\b(?:print)\b`, 'Keyword.Reserved'],
      [String.raw`\b([a-zA-Z_]\w*)\b`, 'Name.Variable'],
      [String.raw`(\d+\.\d*|\.\d+|\d+)[eE][+-]?\d*`, 'Literal.Number.Float'],
      [String.raw`(\d+\.\d*|\.\d+)`, 'Literal.Number.Float'],
      [String.raw`0[xX][0-9a-fA-F]+`, 'Literal.Number.Hex'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      [String.raw`\+\+|\-\-|<<|>>|&&?|\|\|?|\^|~|[!%<>=*+\-/]=?`, 'Operator'],
      [String.raw`:=?`, 'Error'],
      [String.raw`[,;{}()\[\]]`, 'Punctuation'],
      [String.raw`\n+`, 'Text.Whitespace'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    comment: [
      [String.raw`[^*/]+`, 'Comment.Multiline'],
      [String.raw`/\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      [String.raw`[*/]`, 'Comment.Multiline'],
    ],
    string: [
      [String.raw`\\([nt"\\])`, 'Literal.String.Escape'],
      [String.raw`"`, 'Literal.String.Double', '#pop'],
      [String.raw`\\.`, 'Error'],
      [String.raw`[^"\\]+`, 'Literal.String.Double'],
    ],
  },
};
