// The command line: registers the commands, translates commander's words, maps errors to exit codes.
// Each command's module is imported only when that command runs, so `lkip --version` loads almost nothing.
import { readFileSync } from "node:fs";
import { Command, CommanderError, Help, Option } from "commander";
import { LkipError } from "../errors.js";
import { handleInterrupts } from "../util/atomic.js";
import { applyColorEnv } from "./color.js";
import * as msg from "../text/messages/cli.js";
import { visible } from "../text/terminal.js";

function translate(text: string): string {
  return msg.commanderWords.reduce((s, [re, to]) => s.replace(re, to), text);
}

/** Help terms translated before commander measures them, so the columns stay aligned. */
const helpConfig = {
  showGlobalOptions: true,
  subcommandTerm: (cmd: Command) => translate(Help.prototype.subcommandTerm.call(new Help(), cmd)),
  commandUsage: (cmd: Command) => translate(Help.prototype.commandUsage.call(new Help(), cmd)),
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new LkipError(msg.notACount(value));
  return Number(value);
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

function buildProgram(setCode: (code: number) => void, state: { debug: boolean }): Command {
  const program = new Command("lkip");
  program
    .description(msg.programDescription)
    .version(version(), "-V, --version", msg.versionOption)
    .helpOption("-h, --help", msg.helpOption)
    .helpCommand("help [perintah]", msg.helpCommand)
    .option("--debug", msg.debugOption)
    .configureOutput({
      writeOut: (s) => process.stdout.write(translate(s)),
      writeErr: (s) => process.stderr.write(translate(s)),
    })
    .exitOverride()
    .configureHelp(helpConfig)
    .hook("preAction", (cmd) => {
      state.debug = !!cmd.opts().debug;
    });

  const sub = (name: string, description: string) =>
    program.command(name).description(description).helpOption("-h, --help", msg.helpOption).exitOverride().configureHelp(helpConfig).configureOutput({
      writeOut: (s) => process.stdout.write(translate(s)),
      writeErr: (s) => process.stderr.write(translate(s)),
    });

  sub("init", msg.initDescription)
    .argument("[berkas]", msg.initFileArg, "lkip-workbook.xlsx")
    .option("--contoh", msg.initContoh)
    .option("-f, --force", msg.initForce)
    .action(async (file: string, opts) => setCode(await (await import("./init.js")).run(file, opts)));

  sub("build", msg.buildDescription)
    .argument("<workbook>", msg.workbookArg)
    .option("-o, --output <berkas>", msg.buildOutput)
    .option("-f, --force", msg.buildForce)
    .option("--pdf", msg.buildPdf)
    .option("--templates <folder>", msg.buildTemplates)
    .option("--logo <berkas>", msg.buildLogo)
    .option("--config <berkas>", msg.checkConfig)
    .action(async (file: string, opts) => setCode(await (await import("./build.js")).run(file, opts)));

  sub("cascading", msg.cascadingDescription)
    .argument("<workbook>", msg.workbookArg)
    .option("-o, --output <berkas>", msg.cascadingOutput)
    .option("-f, --force", msg.cascadingForce)
    .option("--pdf", msg.buildPdf)
    .action(async (file: string, opts) => setCode(await (await import("./cascading.js")).run(file, opts)));

  sub("check", msg.checkDescription)
    .argument("<berkas>", msg.checkFileArg)
    .addOption(new Option("--format <format>", msg.formatOption).choices(["stylish", "json", "sarif"]).default("stylish"))
    .option("--annotate <berkas>", msg.checkAnnotate)
    .option("--max-warnings <n>", msg.checkMaxWarnings, parseCount)
    .option("--config <berkas>", msg.checkConfig)
    .option("--quiet", msg.checkQuiet)
    .option("-f, --force", msg.checkForce)
    .action(async (file: string, opts) => setCode(await (await import("./check.js")).run(file, opts)));

  sub("capaian", msg.capaianDescription)
    .argument("<workbook>", msg.workbookArg)
    .addOption(new Option("--format <format>", msg.formatOption).choices(["tabel", "json"]).default("tabel"))
    .action(async (file: string, opts) => setCode(await (await import("./capaian.js")).run(file, opts)));

  sub("batch", msg.batchDescription)
    .argument("<folder...>", msg.foldersArg)
    .option("--check-only", msg.batchCheckOnly)
    .option("--cascading", msg.batchCascading)
    .option("--out <folder>", msg.batchOut)
    .option("-j, --jobs <n>", msg.batchJobs, parseCount)
    .option("--recap <berkas>", msg.batchRecap)
    .addOption(new Option("--format <format>", msg.formatOption).choices(["tabel", "json"]).default("tabel"))
    .option("-f, --force", msg.batchForce)
    .option("--config <berkas>", msg.batchConfig)
    .action(async (folders: string[], opts) => setCode(await (await import("./batch.js")).run(folders, opts)));

  return program;
}

/** Runs the CLI and returns the exit code (0 success, 1 error-level findings, 2 usage error or unreadable input). */
export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const state = { debug: argv.includes("--debug") };
  const program = buildProgram((c) => (code = c), state);
  handleInterrupts();
  applyColorEnv();
  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof LkipError) {
      process.stderr.write(`lkip: ${visible(e.message)}\n`);
      if (state.debug && e.cause instanceof Error) process.stderr.write(`${e.cause.stack}\n`);
      return e.exitCode;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    process.stderr.write(`lkip: ${visible(msg.unexpected(err.message))}\n`);
    if (state.debug) process.stderr.write(`${err.stack}\n`);
    return EXIT.usage;
  }
}
