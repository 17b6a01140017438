/**
 * 一单 and 一计划 in the department's hands: its inspection item list (随机抽查事项清单) and its annual
 * plans — drafted, published, adjusted with a reason. Documents name the template field `department`.
 */
import { graphql } from "../../gql";

export const DepartmentPlansQuery = graphql(`
  query DepartmentPlans($year: Int!) {
    department {
      code
      name
      creditClasses
      ratioMin
      ratioMax
      items {
        code
        name
        legalBasis
        targetKind
        method
        defaultRatio
        frequency
        keyArea
        expertise
        checkForm {
          version
          createdBy
          createdAt
          points {
            number
            content
            standard
            legalBasis
          }
        }
      }
      plans(year: $year) {
        id
        year
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
        frequency
        status
        publishedAt
        version
        adjustments {
          id
          reason
          before
          after
          adjustedBy
          adjustedAt
        }
      }
    }
  }
`);

export const CreatePlan = graphql(`
  mutation CreatePlan($input: PlanInput!, $key: String) {
    department {
      plan: createPlan(input: $input, idempotencyKey: $key) {
        id
      }
    }
  }
`);

export const UpdatePlan = graphql(`
  mutation UpdatePlan($id: ID!, $input: PlanInput!) {
    department {
      plan: updatePlan(id: $id, input: $input) {
        id
      }
    }
  }
`);

export const PublishPlan = graphql(`
  mutation PublishPlan($id: ID!) {
    department {
      plan: publishPlan(id: $id) {
        id
        status
      }
    }
  }
`);

export const AdjustPlan = graphql(`
  mutation AdjustPlan($id: ID!, $input: PlanInput!, $reason: String!) {
    department {
      plan: adjustPlan(id: $id, input: $input, reason: $reason) {
        id
        version
      }
    }
  }
`);

export const UpsertItem = graphql(`
  mutation UpsertItem($input: InspectionItemInput!) {
    department {
      item: upsertItem(input: $input) {
        code
      }
    }
  }
`);

export const SaveCheckForm = graphql(`
  mutation SaveCheckForm($itemCode: String!, $points: [CheckPointInput!]!) {
    department {
      form: saveCheckForm(itemCode: $itemCode, points: $points) {
        version
      }
    }
  }
`);
