/**
 * Pygments' ArduinoLexer (pygments/lexers/c_like.py, Pygments 2.20.0): CppLexer's rules, then a
 * pass that retypes tokens by their text alone (whatever type C++ gave them): sketch functions,
 * word operators, the language's constants and types, and the shipped libraries' names.
 *
 *     pinMode(LED_BUILTIN, OUTPUT);   ->   <nf>pinMode</nf><p>(</p><kr>LED_BUILTIN</kr><p>,</p><w> </w><kr>OUTPUT</kr><p>);</p>
 */
import type { LexerFactory } from '../regex-lexer.ts';
import type { TokenType } from '../token.ts';
import { cppLexer } from './cpp.ts';

/** The sketch's main structure functions. */
const STRUCTURE = new Set(['setup', 'loop']);
const OPERATORS = new Set(['not', 'or', 'and', 'xor']);
/**
 * The language's "variables": constants, types and C++ keywords. Pygments' list also has
 * two-word entries (`unsigned int`) that no single token can equal; kept as written.
 */
const VARIABLES = new Set([
  'DIGITAL_MESSAGE', 'FIRMATA_STRING', 'ANALOG_MESSAGE', 'REPORT_DIGITAL', 'REPORT_ANALOG', 'INPUT_PULLUP',
  'SET_PIN_MODE', 'INTERNAL2V56', 'SYSTEM_RESET', 'LED_BUILTIN', 'INTERNAL1V1', 'SYSEX_START', 'INTERNAL',
  'EXTERNAL', 'HIGH', 'LOW', 'INPUT', 'OUTPUT', 'true', 'false', 'void', 'boolean', 'char', 'unsigned char', 'byte',
  'int', 'unsigned int', 'word', 'long', 'unsigned long', 'short', 'float', 'double', 'string', 'String', 'array',
  'static', 'volatile', 'const', 'private', 'virtual', 'operator', 'sizeof', 'uint8_t', 'uint16_t', 'uint32_t',
  'uint64_t', 'int8_t', 'int16_t', 'int32_t', 'int64_t', 'dynamic_cast', 'typedef', 'const_cast', 'struct',
  'static_cast', 'union', 'unsigned', 'protected', 'bool', 'public', 'friend', 'auto', 'enum', 'extern', 'class',
  'reinterpret_cast', 'register', 'explicit', 'signed', 'inline', 'delete', '_Bool', 'complex', '_Complex',
  '_Imaginary', 'atomic_bool', 'atomic_char', 'atomic_schar', 'atomic_uchar', 'atomic_short', 'atomic_ushort',
  'atomic_int', 'atomic_uint', 'atomic_long', 'atomic_ulong', 'atomic_llong', 'atomic_ullong', 'PROGMEM',
]);
/** C++ words Arduino's reference does not highlight: back to a plain `Name`. */
const SUPPRESS_HIGHLIGHT = new Set([
  'namespace', 'template', 'mutable', 'using', 'asm', 'typeid', 'typename', 'this', 'alignof', 'constexpr',
  'decltype', 'noexcept', 'static_assert', 'thread_local', 'restrict',
]);
/** Functions and classes of the core and the shipped libraries. */
const FUNCTIONS = new Set([
  'KeyboardController', 'MouseController', 'SoftwareSerial', 'EthernetServer', 'EthernetClient', 'LiquidCrystal',
  'RobotControl', 'GSMVoiceCall', 'EthernetUDP', 'EsploraTFT', 'HttpClient', 'RobotMotor', 'WiFiClient',
  'GSMScanner', 'FileSystem', 'Scheduler', 'GSMServer', 'YunClient', 'YunServer', 'IPAddress', 'GSMClient',
  'GSMModem', 'Keyboard', 'Ethernet', 'Console', 'GSMBand', 'Esplora', 'Stepper', 'Process', 'WiFiUDP', 'GSM_SMS',
  'Mailbox', 'USBHost', 'Firmata', 'PImage', 'Client', 'Server', 'GSMPIN', 'FileIO', 'Bridge', 'Serial', 'EEPROM',
  'Stream', 'Mouse', 'Audio', 'Servo', 'File', 'Task', 'GPRS', 'WiFi', 'Wire', 'TFT', 'GSM', 'SPI', 'SD',
  'runShellCommandAsynchronously', 'analogWriteResolution', 'retrieveCallingNumber', 'printFirmwareVersion',
  'analogReadResolution', 'sendDigitalPortPair', 'noListenOnLocalhost', 'readJoystickButton', 'setFirmwareVersion',
  'readJoystickSwitch', 'scrollDisplayRight', 'getVoiceCallStatus', 'scrollDisplayLeft', 'writeMicroseconds',
  'delayMicroseconds', 'beginTransmission', 'getSignalStrength', 'runAsynchronously', 'getAsynchronously',
  'listenOnLocalhost', 'getCurrentCarrier', 'readAccelerometer', 'messageAvailable', 'sendDigitalPorts',
  'lineFollowConfig', 'countryNameWrite', 'runShellCommand', 'readStringUntil', 'rewindDirectory', 'readTemperature',
  'setClockDivider', 'readLightSensor', 'endTransmission', 'analogReference', 'detachInterrupt', 'countryNameRead',
  'attachInterrupt', 'encryptionType', 'readBytesUntil', 'robotNameWrite', 'readMicrophone', 'robotNameRead',
  'cityNameWrite', 'userNameWrite', 'readJoystickY', 'readJoystickX', 'mouseReleased', 'openNextFile',
  'scanNetworks', 'noInterrupts', 'digitalWrite', 'beginSpeaker', 'mousePressed', 'isActionDone', 'mouseDragged',
  'displayLogos', 'noAutoscroll', 'addParameter', 'remoteNumber', 'getModifiers', 'keyboardRead', 'userNameRead',
  'waitContinue', 'processInput', 'parseCommand', 'printVersion', 'readNetworks', 'writeMessage', 'blinkVersion',
  'cityNameRead', 'readMessage', 'setDataMode', 'parsePacket', 'isListening', 'setBitOrder', 'beginPacket',
  'isDirectory', 'motorsWrite', 'drawCompass', 'digitalRead', 'clearScreen', 'serialEvent', 'rightToLeft',
  'setTextSize', 'leftToRight', 'requestFrom', 'keyReleased', 'compassRead', 'analogWrite', 'interrupts',
  'WiFiServer', 'disconnect', 'playMelody', 'parseFloat', 'autoscroll', 'getPINUsed', 'setPINUsed', 'setTimeout',
  'sendAnalog', 'readSlider', 'analogRead', 'beginWrite', 'createChar', 'motorsStop', 'keyPressed', 'tempoWrite',
  'readButton', 'subnetMask', 'debugPrint', 'macAddress', 'writeGreen', 'randomSeed', 'attachGPRS', 'readString',
  'sendString', 'remotePort', 'releaseAll', 'mouseMoved', 'background', 'getXChange', 'getYChange', 'answerCall',
  'getResult', 'voiceCall', 'endPacket', 'constrain', 'getSocket', 'writeJSON', 'getButton', 'available',
  'connected', 'findUntil', 'readBytes', 'exitValue', 'readGreen', 'writeBlue', 'startLoop', 'isPressed',
  'sendSysex', 'pauseMode', 'gatewayIP', 'setCursor', 'getOemKey', 'tuneWrite', 'noDisplay', 'loadImage',
  'switchPIN', 'onRequest', 'onReceive', 'changePIN', 'playFile', 'noBuffer', 'parseInt', 'overflow', 'checkPIN',
  'knobRead', 'beginTFT', 'bitClear', 'updateIR', 'bitWrite', 'position', 'writeRGB', 'highByte', 'writeRed',
  'setSpeed', 'readBlue', 'noStroke', 'remoteIP', 'transfer', 'shutdown', 'hangCall', 'beginSMS', 'endWrite',
  'attached', 'maintain', 'noCursor', 'checkReg', 'checkPUK', 'shiftOut', 'isValid', 'shiftIn', 'pulseIn', 'connect',
  'println', 'localIP', 'pinMode', 'getIMEI', 'display', 'noBlink', 'process', 'getBand', 'running', 'beginSD',
  'drawBMP', 'lowByte', 'setBand', 'release', 'bitRead', 'prepare', 'pointTo', 'readRed', 'setMode', 'noFill',
  'remove', 'listen', 'stroke', 'detach', 'attach', 'noTone', 'exists', 'buffer', 'height', 'bitSet', 'circle',
  'config', 'cursor', 'random', 'IRread', 'setDNS', 'endSMS', 'getKey', 'micros', 'millis', 'begin', 'print',
  'write', 'ready', 'flush', 'width', 'isPIN', 'blink', 'clear', 'press', 'mkdir', 'rmdir', 'close', 'point',
  'yield', 'image', 'BSSID', 'click', 'delay', 'read', 'text', 'move', 'peek', 'beep', 'rect', 'line', 'open',
  'seek', 'fill', 'size', 'turn', 'stop', 'home', 'find', 'step', 'tone', 'sqrt', 'RSSI', 'SSID', 'end', 'bit',
  'tan', 'cos', 'sin', 'pow', 'map', 'abs', 'max', 'min', 'get', 'run', 'put', 'isAlphaNumeric', 'isAlpha',
  'isAscii', 'isWhitespace', 'isControl', 'isDigit', 'isGraph', 'isLowerCase', 'isPrintable', 'isPunct', 'isSpace',
  'isUpperCase', 'isHexadecimalDigit',
]);

/** The type Arduino gives a token of C++ type `type`, checked in Pygments' order. */
function arduinoType(type: TokenType, value: string): TokenType {
  if (STRUCTURE.has(value)) return 'Name.Builtin';
  if (OPERATORS.has(value)) return 'Operator';
  if (VARIABLES.has(value)) return 'Keyword.Reserved';
  if (SUPPRESS_HIGHLIGHT.has(value)) return 'Name';
  if (FUNCTIONS.has(value)) return 'Name.Function';
  return type;
}

export const arduinoLexer: LexerFactory = {
  name: 'Arduino',
  aliases: ['arduino'],
  create(byName) {
    // CppLexer with its own type pass; the retyping depends on the text only, so applying it
    // once to the whole stream equals Pygments' applying it inside `using(this)` parts too.
    const cpp = cppLexer.create(byName);
    return {
      ...cpp,
      name: 'Arduino',
      *tokensUnprocessed(text, stack) {
        for (const [index, type, value] of cpp.tokensUnprocessed(text, stack)) yield [index, arduinoType(type, value), value];
      },
    };
  },
};
