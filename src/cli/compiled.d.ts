// Types of compiled.js (plain JavaScript, so bin/haidang.js can use it before tsx is registered).

/** The compiled entry's file URL when it was made from exactly the files now here, else null. */
export declare function compiledEntry(): string | null;

/** Compiles the CLI into dist/cli/ with esbuild; returns the entry's file URL. */
export declare function compile(): Promise<string>;
