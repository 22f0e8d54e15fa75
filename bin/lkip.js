#!/usr/bin/env node
// Thin launcher: everything lives in the compiled CLI.
import("../dist/src/cli/main.js")
  .then((m) => m.main(process.argv))
  .then((code) => {
    process.exitCode = code;
  });
