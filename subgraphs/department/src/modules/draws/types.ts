/** GraphQL types of draws (抽取), joint team draws and replacements (递补); identical in every department. */
import { GraphQLJSONObject } from "graphql-scalars";
import { Directive, Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";

@Directive("@shareable")
@ObjectType({ description: "A commitment to a secret, published before the draw (commit–reveal)" })
export class DrawCommitment {
  @Field(() => ID) id!: number;
  @Field(() => Int) planId!: number;
  @Field(() => String, { nullable: true, description: "The plan period it is for" }) periodKey!: string | null;
  @Field(() => String, { description: "SHA-256 (hex) of the secret" }) commitment!: string;
  @Field(() => String) createdBy!: string;
  @Field(() => Date) createdAt!: Date;
}

@Directive("@shareable")
@ObjectType({ description: "监督人: a witness of the draw (notary, discipline inspection, deputy…)" })
export class Witness {
  @Field(() => String) name!: string;
  @Field(() => String) role!: string;
}

@InputType()
export class WitnessInput {
  @Field(() => String) name!: string;
  @Field(() => String) role!: string;
}

@Directive("@shareable")
@ObjectType({ description: "One stratum of a draw: who was eligible, at what ratio, how many were due and drawn" })
export class DrawStratum {
  @Field(() => Boolean, { description: "Key-area stratum, sampled at 100%" }) keyArea!: boolean;
  @Field(() => String) riskLevel!: string;
  @Field(() => String, { nullable: true }) creditClass!: string | null;
  @Field(() => Int) population!: number;
  @Field(() => Number) ratio!: number;
  @Field(() => Int, { description: "ceil(population × ratio)" }) quota!: number;
  @Field(() => Int, { description: "Less than quota only where maxTargets bound" }) drawn!: number;
}

@Directive("@shareable")
@ObjectType({ description: "A target a draw selected, by the code the office and other departments know it by" })
export class DrawnTarget {
  @Field(() => String, { description: "The USCC, or an individual business's pseudonym" }) uscc!: string;
  @Field(() => Int, { description: "Its stratum: the position in strata" }) stratum!: number;
}

@Directive("@shareable")
@ObjectType({ description: "抽取记录: a recorded, reproducible draw" })
export class Draw {
  @Field(() => ID) id!: number;
  @Field(() => Int, { description: "Position in the department's hash chain" }) seq!: number;
  @Field(() => Int) planId!: number;
  @Field(() => String) periodKey!: string;
  @Field(() => String) commitment!: string;
  @Field(() => String, { description: "The revealed secret" }) secret!: string;
  @Field(() => String, { description: "The public value announced before the draw" }) publicValue!: string;
  @Field(() => String) seed!: string;
  @Field(() => [Witness]) witnesses!: Witness[];
  @Field(() => GraphQLJSONObject) params!: Record<string, unknown>;
  @Field(() => String) algorithm!: string;
  @Field(() => Int) populationSize!: number;
  @Field(() => String) populationDigest!: string;
  @Field(() => [DrawStratum]) strata!: DrawStratum[];
  @Field(() => Int) taskCount!: number;
  @Field(() => String) prevHash!: string;
  @Field(() => String) hash!: string;
  @Field(() => String) createdBy!: string;
  @Field(() => Date) createdAt!: Date;
}

@Directive("@shareable")
@ObjectType({ description: "抽查覆盖率 of one stratum in a year: distinct targets drawn over distinct targets eligible in any of the year's draws" })
export class StratumCoverage {
  @Field(() => Boolean) keyArea!: boolean;
  @Field(() => String) riskLevel!: string;
  @Field(() => String, { nullable: true, description: "null for key-area strata, which span credit classes" }) creditClass!: string | null;
  @Field(() => Int, { description: "Targets eligible in any of the year's draws, in the stratum of the latest draw they were eligible in" }) inScope!: number;
  @Field(() => Int, { description: "Of them, drawn in any of the year's draws" }) drawn!: number;
  @Field(() => Float, { description: "drawn / inScope" }) coverage!: number;
}

@Directive("@shareable")
@ObjectType({ description: "抽查覆盖率: how much of what its plans covered a department's draws reached in a year, in total and per stratum" })
export class DrawCoverage {
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: "Draws made for the year's plan periods" }) draws!: number;
  @Field(() => Int) inScope!: number;
  @Field(() => Int) drawn!: number;
  @Field(() => Float, { description: "drawn / inScope (0 when nothing was in scope)" }) coverage!: number;
  @Field(() => [StratumCoverage], { description: "Non-empty strata in allocation order: key areas, then risk high → low, credit worst → best" }) strata!: StratumCoverage[];
}

@Directive("@shareable")
@ObjectType({ description: "A target a draw selected, as the public sees it: an individual business's resident ID masked" })
export class PublicDrawTarget {
  @Field(() => String, { description: "The USCC, or an individual business's resident ID masked (110105********002X)" }) code!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => Int, { description: "Its stratum: the position in strata" }) stratum!: number;
}

@Directive("@shareable")
@ObjectType({
  description:
    "抽取过程公开: a draw record as anyone may read it — commitment, revealed secret, public value, seed, witnesses, parameters, strata, digests, the chain hash and the targets drawn. Its hash re-checks from contentJson (docs/draw-spec/hub-draw-2.md, section 8); a hub-draw/2 record downloads whole, with its population and pool, as /downloads/<department>/public-draw.json?seq=<seq>.",
})
export class PublicDraw {
  @Field(() => Int) seq!: number;
  @Field(() => Int) planId!: number;
  @Field(() => String, { nullable: true }) planName!: string | null;
  @Field(() => String) periodKey!: string;
  @Field(() => String) commitment!: string;
  @Field(() => String, { description: "The secret, revealed at the draw: SHA-256 of it is the commitment" }) secret!: string;
  @Field(() => String) publicValue!: string;
  @Field(() => String, { description: "SHA-256(secret, newline, public value)" }) seed!: string;
  @Field(() => [Witness]) witnesses!: Witness[];
  @Field(() => GraphQLJSONObject) params!: Record<string, unknown>;
  @Field(() => String) algorithm!: string;
  @Field(() => Int) populationSize!: number;
  @Field(() => String) populationDigest!: string;
  @Field(() => String) poolDigest!: string;
  @Field(() => String) resultDigest!: string;
  @Field(() => [DrawStratum]) strata!: DrawStratum[];
  @Field(() => [PublicDrawTarget]) drawn!: PublicDrawTarget[];
  @Field(() => String) createdBy!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => String) prevHash!: string;
  @Field(() => String) hash!: string;
  @Field(() => String, { description: "The canonical JSON the hash covers: SHA-256(prevHash, newline, contentJson) is hash" }) contentJson!: string;
}

@Directive("@shareable")
@ObjectType({ description: "Draw records in chain order" })
export class PublicDrawPage {
  @Field(() => [PublicDraw]) draws!: PublicDraw[];
  @Field(() => Boolean) hasMore!: boolean;
  @Field(() => Int, { nullable: true, description: "Pass as `afterSeq` for the next page" }) endSeq!: number | null;
}

@Directive("@shareable")
@ObjectType()
export class DrawCheck {
  @Field(() => String) name!: string;
  @Field(() => Boolean) ok!: boolean;
  @Field(() => String) detail!: string;
}

@Directive("@shareable")
@ObjectType({ description: "Whether a draw re-runs from its record to exactly the recorded result" })
export class DrawVerification {
  @Field(() => Boolean) reproduces!: boolean;
  @Field(() => [DrawCheck]) checks!: DrawCheck[];
  @Field(() => Date, { description: "When this verdict was computed" }) verifiedAt!: Date;
  @Field(() => String, { description: "Who asked for the re-run that computed it" }) verifiedBy!: string;
}

@Directive("@shareable")
@ObjectType({ description: "Whether the department's chain of draw records is intact" })
export class DrawChainVerification {
  @Field(() => Boolean) intact!: boolean;
  @Field(() => Int) length!: number;
  @Field(() => Int, { nullable: true }) brokenAt!: number | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
}

@Directive("@shareable")
@ObjectType({ description: "递补: an inspector replaced on a task, why, when and by whom" })
export class InspectorReplacement {
  @Field(() => String) leaving!: string;
  @Field(() => String) replacement!: string;
  @Field(() => String) reason!: string;
  @Field(() => String) changedBy!: string;
  @Field(() => Date) changedAt!: Date;
}

@Directive("@shareable")
@ObjectType({ description: "A joint inspection team drawn by this department (drawJointTeam), with its inputs" })
export class JointTeamDraw {
  @Field(() => [String]) usccs!: string[];
  @Field(() => Int) size!: number;
  @Field(() => String) publicValue!: string;
  @Field(() => String) seed!: string;
  @Field(() => [String], { description: "Certificate numbers drawn" }) team!: string[];
  @Field(() => String, { nullable: true, description: "Why the team was drawn again (every draw after the first gives one)" }) reason!: string | null;
  @Field(() => String) drawnBy!: string;
  @Field(() => Date) drawnAt!: Date;
}

@InputType()
export class DrawInput {
  @Field(() => ID) planId!: string;
  @Field(() => String, { nullable: true, description: "Plan period, e.g. 2026-H2; the plan's year by default" }) periodKey?: string;
  @Field(() => ID, { description: "The commitment published before the draw" }) commitmentId!: string;
  @Field(() => String, { description: "The committed secret, revealed now" }) secret!: string;
  @Field(() => String, { description: "A public value announced before the draw (lottery number, witness input)" }) publicValue!: string;
  @Field(() => [WitnessInput], { defaultValue: [] }) witnesses!: WitnessInput[];
  @Field(() => Int, { defaultValue: 2, description: "Inspectors per target, at least 2" }) teamSize!: number;
  @Field(() => Int, { defaultValue: 20 }) maxTargetsPerInspector!: number;
  @Field(() => Int, { nullable: true, description: "Capacity cap on the number of targets" }) maxTargets?: number;
  @Field(() => [String], { nullable: true, description: "Tags sampled at 100% (两客一危, 重点监管对象 by default)" }) keyAreaTags?: string[];
  @Field(() => Boolean, { defaultValue: false }) deprioritizeInspectedLastYear!: boolean;
  @Field(() => String, { nullable: true }) idempotencyKey?: string;
}
