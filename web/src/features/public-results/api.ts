import { graphql } from "../../gql";

export const PublicResultsQuery = graphql(`
  query PublicResults($uscc: String, $name: String, $department: String, $categoryCode: String, $from: String, $to: String, $after: String) {
    publicResults(uscc: $uscc, name: $name, department: $department, categoryCode: $categoryCode, from: $from, to: $to, first: 20, after: $after) {
      results {
        department
        departmentName
        uscc
        targetName
        categoryCode
        categoryName
        inspectionDate
        publishedOn
        noticeEndsOn
        inNoticePeriod
        jointInspection {
          id
          leadName
          departmentNames
        }
      }
      endCursor
      hasMore
    }
  }
`);

export const DepartmentsQuery = graphql(`
  query Departments {
    departments {
      code
      name
    }
    resultCategories {
      code
      name
    }
  }
`);
