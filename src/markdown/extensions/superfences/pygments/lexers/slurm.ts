/**
 * Pygments' SlurmBashLexer (pygments/lexers/shell.py, Pygments 2.20.0): Bash where `srun` is a
 * builtin and `#SBATCH` comments are pseudo keywords.
 *
 *     #SBATCH --time=1:00   ->   <kp>#SBATCH --time=1:00</kp>
 */
import { compileLexer, type Lexer } from '../regex-lexer.ts';
import { bashLexer } from './bash.ts';

export function slurmLexer(byName: (alias: string) => Lexer | undefined): Lexer {
  const bash = compileLexer(bashLexer, byName);
  return {
    name: 'Slurm',
    byName,
    *tokensUnprocessed(text) {
      for (const [index, type, value] of bash.tokensUnprocessed(text)) {
        if (type === 'Text' && value === 'srun') yield [index, 'Name.Builtin', value];
        else if (type === 'Comment.Single' && value.includes('SBATCH')) yield [index, 'Keyword.Pseudo', value];
        else yield [index, type, value];
      }
    },
  };
}
