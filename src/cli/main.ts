// Entry of the `haidang` command line: dispatches to one module per command.
const [command, ...args] = process.argv.slice(2);
console.log('haidang', command, args);
