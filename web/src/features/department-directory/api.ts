/**
 * The signed-in department's directories (一单两库: 检查对象名录库, 执法检查人员名录库) and their imports.
 * Documents name the template field `department`; pages send them with `forDepartment`.
 */
import { graphql } from "../../gql";

export const DepartmentTargetsQuery = graphql(`
  query DepartmentTargets($filter: TargetFilter, $after: String, $first: Int) {
    department {
      code
      name
      creditClasses
      targets(filter: $filter, after: $after, first: $first) {
        totalCount
        totalCountExact
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            uscc
            name
            kind
            industry
            region
            riskLevel
            creditClass
            tags
            status
          }
        }
      }
    }
  }
`);

export const DepartmentInspectorsQuery = graphql(`
  query DepartmentInspectors($filter: InspectorFilter, $after: String, $first: Int) {
    department {
      code
      name
      inspectors(filter: $filter, after: $after, first: $first) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            certificateNumber
            name
            gender
            position
            unit
            expertise
            status
          }
        }
      }
    }
  }
`);

/** An import's report, as an import job's result carries it (the uploads at /uploads/<department>/import-…). */
export const ImportReportFields = graphql(`
  fragment ImportReportFields on ImportReport {
    status
    dryRun
    rowsRead
    inserted
    updated
    unchanged
    clearedValues
    changeCount
    changes {
      row
      key
      action
      fields
      cleared
    }
    ignoredColumns
    errorCount
    errors {
      row
      column
      reason
    }
  }
`);

export const DepartmentJobQuery = graphql(`
  query DepartmentJob($id: ID!) {
    department {
      job(id: $id) {
        id
        state
        done
        total
        step
        result
        error
      }
    }
  }
`);
