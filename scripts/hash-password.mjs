// Print a bcrypt hash for a Kafscope user (KAFSCOPE_USERS_FILE). The password is read from stdin, so it
// stays out of the shell history and the process list:
//   npm run --silent hash-password            (type the password, then Enter)
//   printf %s "$PASSWORD" | npm run --silent hash-password
import bcrypt from 'bcryptjs';

const COST = 12;
let input = '';
if (process.stdin.isTTY) process.stderr.write('Password: ');
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) {
  input += chunk;
  if (process.stdin.isTTY && input.includes('\n')) break;
}
const password = input.replace(/\r?\n$/, '');
if (password.length < 8) {
  console.error('Refused: use a password of at least 8 characters.');
  process.exit(1);
}
console.log(bcrypt.hashSync(password, COST));
