import { graphql } from "../../gql";
import { TypedDocumentString, type PublicDepartmentListsFragment } from "../../gql/graphql";

export const PlansDepartmentsQuery = graphql(`
  query PublicPlansDepartments {
    departments {
      code
      name
    }
  }
`);

/** 一单 and 一计划 as published: the department's inspection items and its plans of the year. */
export const PublicDepartmentListsFields = graphql(`
  fragment PublicDepartmentLists on DepartmentQuery {
    name
    items {
      code
      name
      legalBasis
      method
      defaultRatio
      frequency
      keyArea
    }
    plans(year: $year) {
      id
      name
      itemCodes
      periodStart
      periodEnd
      ratios {
        creditClass
        ratio
      }
      cellRatios {
        riskLevel
        creditClass
        ratio
      }
      status
      publishedAt
      version
    }
  }
`);

/** Federation routes by field: a department's lists are the field named by its code. */
export function departmentListsQuery(code: string) {
  if (!/^[a-z][a-z0-9_]*$/.test(code)) throw new Error(`not a department code: ${code}`);
  return new TypedDocumentString<Record<string, PublicDepartmentListsFragment | null>, { year: number }>(
    `query PublicDepartmentLists($year: Int) { ${code} { ...PublicDepartmentLists } }\n${PublicDepartmentListsFields.toString()}`,
  );
}
