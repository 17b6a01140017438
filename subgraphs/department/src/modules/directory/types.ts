/** GraphQL types of the directories (一单两库: 检查对象名录库, 检查人员名录库) and their imports; identical in every department. */
import { Gender, InspectorStatus, RiskLevel, TargetKind, TargetStatus } from "@hub/schema";
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { PageInfo } from "../../shared/types.js";

registerEnumType(RiskLevel, { name: "RiskLevel", description: "风险等级" });
registerEnumType(TargetStatus, { name: "TargetStatus", description: "Registration status; only ACTIVE targets are drawn" });
registerEnumType(TargetKind, { name: "TargetKind" });
registerEnumType(InspectorStatus, { name: "InspectorStatus" });
registerEnumType(Gender, { name: "Gender" });

/** A department's record of a target in its directory (检查对象名录库). */
@Directive("@shareable")
@ObjectType({ description: "A department's record of a target (检查对象). inDirectory is false when the department does not hold it." })
export class TargetRecord {
  @Field(() => String, { description: "USCC, or the operator's resident ID for an individual business" })
  uscc!: string;
  @Field(() => Boolean) inDirectory!: boolean;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => TargetKind, { nullable: true }) kind!: TargetKind | null;
  @Field(() => String, { nullable: true, description: "住所" }) address!: string | null;
  @Field(() => String, { nullable: true, description: "法定代表人 / 负责人" }) legalRepresentative!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true, description: "GB/T 4754 industry code" }) industry!: string | null;
  @Field(() => String, { nullable: true, description: "GB/T 2260 region code" }) region!: string | null;
  @Field(() => RiskLevel, { nullable: true }) riskLevel!: RiskLevel | null;
  @Field(() => String, { nullable: true, description: "信用风险分类, on the department's configured scale" })
  creditClass!: string | null;
  @Field(() => [String]) tags!: string[];
  @Field(() => TargetStatus, { nullable: true }) status!: TargetStatus | null;
  @Field(() => String, {
    description:
      "The code the office and every other department know this target by: the USCC, or for an individual business keyed by a resident ID its pseudonym (P and 17 hex digits), which any department's `target(uscc:)` also accepts",
  })
  officeKey!: string;
  /** The unmasked code of the record (not a field: `uscc` may be masked). */
  key?: string;
}

/** 检查人员 — an inspector in the department's directory. */
@Directive("@shareable")
@ObjectType({ description: "检查人员: an inspector in the department's directory" })
export class Inspector {
  @Field(() => ID) id!: number;
  @Field(() => String, { description: "执法证号" }) certificateNumber!: string;
  @Field(() => String) name!: string;
  @Field(() => Gender, { nullable: true }) gender!: Gender | null;
  @Field(() => String, { nullable: true, description: "职务" }) position!: string | null;
  @Field(() => String, { nullable: true, description: "工作单位" }) unit!: string | null;
  @Field(() => [String], { description: "业务专长" }) expertise!: string[];
  @Field(() => InspectorStatus) status!: InspectorStatus;
  @Field(() => [String], { description: "USCCs with a declared conflict of interest (回避)" }) conflicts!: string[];
}

@Directive("@shareable")
@ObjectType()
export class TargetRecordEdge {
  @Field(() => String) cursor!: string;
  @Field(() => TargetRecord) node!: TargetRecord;
}

@Directive("@shareable")
@ObjectType()
export class TargetRecordConnection {
  @Field(() => [TargetRecordEdge]) edges!: TargetRecordEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, { description: "How many targets match; with a search, counted up to 10,000 (see totalCountExact)" }) totalCount!: number;
  @Field(() => Boolean, { description: "False when a search matches more than 10,000 targets: totalCount is then 10,000 and more match (show “10,000+”)" })
  totalCountExact!: boolean;
}

@Directive("@shareable")
@ObjectType()
export class InspectorEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Inspector) node!: Inspector;
}

@Directive("@shareable")
@ObjectType()
export class InspectorConnection {
  @Field(() => [InspectorEdge]) edges!: InspectorEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@InputType({ description: "Filters on the target directory; all given conditions must hold. Lists take at most 200 codes, 50 tags, 20 choices; an entry at most 50 characters." })
export class TargetFilter {
  @Field(() => [String], { nullable: true, description: "At most 20" }) creditClasses?: string[];
  @Field(() => [RiskLevel], { nullable: true }) riskLevels?: RiskLevel[];
  @Field(() => [String], { nullable: true, description: "Industry code prefixes (GB/T 4754), at most 200" }) industries?: string[];
  @Field(() => [String], { nullable: true, description: "Region code prefixes (GB/T 2260), at most 200" }) regions?: string[];
  @Field(() => [String], { nullable: true, description: "Targets carrying any of these tags, at most 50" }) tags?: string[];
  @Field(() => [TargetStatus], { nullable: true }) statuses?: TargetStatus[];
  @Field(() => [TargetKind], { nullable: true }) kinds?: TargetKind[];
  @Field(() => String, { nullable: true, description: "Name contains, or USCC starts with: 2 to 50 characters" }) search?: string;
}

@InputType({ description: "Filters on the inspector directory; all given conditions must hold" })
export class InspectorFilter {
  @Field(() => [InspectorStatus], { nullable: true }) statuses?: InspectorStatus[];
  @Field(() => [String], { nullable: true, description: "Inspectors with any of these expertise tags, at most 50" }) expertise?: string[];
  @Field(() => String, { nullable: true, description: "Name contains, or certificate number starts with: at most 50 characters" }) search?: string;
}

@InputType({ description: "A target's fields. A field left out keeps its stored value; null clears it (status and kind: left as they are)." })
export class TargetInput {
  @Field(() => String) uscc!: string;
  @Field(() => String) name!: string;
  @Field(() => TargetKind, { nullable: true, description: "ENTERPRISE for a new target unless given; a resident ID as uscc means INDIVIDUAL_BUSINESS" }) kind?: TargetKind | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true }) legalRepresentative?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) industry?: string | null;
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => RiskLevel) riskLevel!: RiskLevel;
  @Field(() => String) creditClass!: string;
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
  @Field(() => TargetStatus, { nullable: true, description: "ACTIVE for a new target unless given" }) status?: TargetStatus | null;
}

@InputType({ description: "An inspector's fields. A field left out keeps its stored value; null clears it (status: left as it is)." })
export class InspectorInput {
  @Field(() => String) certificateNumber!: string;
  @Field(() => String) name!: string;
  @Field(() => Gender, { nullable: true }) gender?: Gender | null;
  @Field(() => String, { nullable: true }) position?: string | null;
  @Field(() => String, { nullable: true }) unit?: string | null;
  @Field(() => [String], { nullable: true }) expertise?: string[] | null;
  @Field(() => InspectorStatus, { nullable: true, description: "ACTIVE for a new inspector unless given" }) status?: InspectorStatus | null;
  @Field(() => [String], { nullable: true }) conflicts?: string[] | null;
}

export enum ImportFormat {
  CSV = "CSV",
  XLSX = "XLSX",
}
registerEnumType(ImportFormat, { name: "ImportFormat" });

export enum ImportStatus {
  /** Every row was valid and the whole file landed in one transaction. */
  COMMITTED = "COMMITTED",
  /** At least one row was invalid: nothing was written. */
  REJECTED = "REJECTED",
  /** A dry run: every row is valid; the report says what an import would do; nothing was written. */
  PREVIEW = "PREVIEW",
}
registerEnumType(ImportStatus, { name: "ImportStatus" });

@InputType()
export class ImportInput {
  @Field(() => ImportFormat) format!: ImportFormat;
  @Field(() => String, { description: "The file's bytes, base64-encoded" }) contentBase64!: string;
  @Field(() => Boolean, { defaultValue: false, description: "Validate and compare with the directory, write nothing (status PREVIEW)" }) dryRun!: boolean;
}

@Directive("@shareable")
@ObjectType({ description: "One problem in an import file" })
export class ImportRowError {
  @Field(() => Int, { description: "1-based row number in the file, the header being row 1" }) row!: number;
  @Field(() => String, { nullable: true, description: "Column header" }) column!: string | null;
  @Field(() => String) reason!: string;
}

export enum ImportAction {
  INSERT = "INSERT",
  UPDATE = "UPDATE",
}
registerEnumType(ImportAction, { name: "ImportAction" });

@Directive("@shareable")
@ObjectType({ description: "What an import does (or in a preview would do) to one record" })
export class ImportRowChange {
  @Field(() => Int, { description: "Row number in the file, the header being row 1" }) row!: number;
  @Field(() => String, { description: "USCC or certificate number" }) key!: string;
  @Field(() => ImportAction) action!: ImportAction;
  @Field(() => [String], { description: "Headers of the columns whose value changes (empty for a new record)" }) fields!: string[];
  @Field(() => [String], { description: "Of those, the columns an empty cell clears" }) cleared!: string[];
}

@Directive("@shareable")
@ObjectType({
  description:
    "What an import did. A column the file does not have leaves that field as it is; an empty cell clears the field (状态 and 对象类型 keep theirs); rows that change nothing are not written",
})
export class ImportReport {
  @Field(() => ImportStatus) status!: ImportStatus;
  @Field(() => Boolean) dryRun!: boolean;
  @Field(() => Int) rowsRead!: number;
  @Field(() => Int) inserted!: number;
  @Field(() => Int, { description: "Existing records with at least one field changed" }) updated!: number;
  @Field(() => Int, { description: "Rows identical to the stored record: not written" }) unchanged!: number;
  @Field(() => Int, { description: "Stored values that empty cells clear" }) clearedValues!: number;
  @Field(() => [ImportRowChange], { description: "Inserted and updated records with their changed fields; at most 1000 are listed" }) changes!: ImportRowChange[];
  @Field(() => Int) changeCount!: number;
  @Field(() => [String], { description: "Column headers the importer does not know; those columns were not read" }) ignoredColumns!: string[];
  @Field(() => [ImportRowError], { description: "At most 1000 errors are listed" }) errors!: ImportRowError[];
  @Field(() => Int) errorCount!: number;
}
