// Kata Pengantar: the template text, signed by the head of office (place, date, office, name, rank, NIP).
import { heading, renderText, spacer } from "../blocks.js";
import type { Ctx } from "../context.js";
import type { Part } from "../part.js";
import { TEXT_WIDTH } from "../styles.js";
import { signatureTable } from "../tables.js";
import * as msg from "../../text/messages/report.js";

export function kataPengantar(ctx: Ctx): Part[] {
  return [
    {
      restart: "roman",
      children: [
        heading(1, msg.H.kataPengantar),
        ...renderText(ctx.texts.text("kata-pengantar", ctx.figureVars())),
        spacer(360),
        signatureTable([undefined, ctx.kepalaSigner()], TEXT_WIDTH.portrait),
      ],
    },
  ];
}
