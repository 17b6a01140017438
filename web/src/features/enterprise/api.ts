import { graphql } from "../../gql";
import { TypedDocumentString, type DepartmentRecordFragment } from "../../gql/graphql";

export const SearchQuery = graphql(`
  query EnterpriseSearch($search: String!) {
    departments {
      code
      name
    }
    searchTargets(search: $search, first: 50) {
      uscc
      name
      departments
    }
  }
`);

/** What the office knows of a target across departments: this year's inspections, its history, its joint records. */
export const EnterpriseQuery = graphql(`
  query Enterprise($uscc: String!, $year: Int) {
    departments {
      code
      name
    }
    target(uscc: $uscc) {
      uscc
      name
      departments
      inspectionsThisYear(year: $year) {
        department
        taskId
        source
        status
        itemCodes
        dueStart
        dueEnd
        categoryName
        inspectionDate
        publishedAt
        publicationDue
        publishedLate
        followUpState
      }
      jointRecords(first: 100) {
        jointId
        department
        categoryName
        findings
        departmentFindings
        recordedAt
        signatures {
          name
        }
      }
    }
  }
`);

/** One department's own record of the target (its directory entry and its inspections with follow-up). */
export const DepartmentRecordFields = graphql(`
  fragment DepartmentRecord on TargetRecord {
    inDirectory
    name
    kind
    address
    legalRepresentative
    phone
    industry
    region
    riskLevel
    creditClass
    tags
    status
    inspections {
      taskId
      source
      itemCodes
      dueStart
      dueEnd
      status
      inspectionDate
      categoryName
      findings
      publishedAt
      followUpState
      followUps {
        kind
        documentNumber
        date
        deadline
        rectified
      }
    }
  }
`);

/**
 * Every department's record in one request: Federation routes by field, so each department is a
 * field named by its code, and the list of departments is configuration, read at run time.
 */
export function departmentRecordsQuery(codes: string[]) {
  const fields = codes.filter((c) => /^[a-z][a-z0-9_]*$/.test(c)).map((c) => `${c} { ...DepartmentRecord }`).join("\n");
  return new TypedDocumentString<{ target: Record<string, DepartmentRecordFragment | null> | null }, { uscc: string }>(
    `query EnterpriseDepartments($uscc: String!) { target(uscc: $uscc) { uscc\n${fields} } }\n${DepartmentRecordFields.toString()}`,
  );
}
