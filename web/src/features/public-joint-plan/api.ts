import { graphql } from "../../gql";

/** 年度联合抽查计划 as the office published it, and the joint item list: open to everyone. */
export const PublicJointPlanQuery = graphql(`
  query PublicJointPlan($year: Int!) {
    departments {
      code
      name
    }
    jointItems {
      code
      name
      lead
      departments
      scope
    }
    jointPlan(year: $year) {
      year
      version
      publishedAt
      dueDate
      entries {
        id
        lead
        departments
        jointItemCode
        name
        items
        scope
        periodStart
        periodEnd
        plannedTargets
        jointInspections
        carriedOut
      }
    }
  }
`);
