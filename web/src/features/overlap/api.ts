import { graphql } from "../../gql";

export const OverlapQuery = graphql(`
  query Overlap {
    departments {
      code
      name
    }
    departmentOverlap {
      a
      b
      targets
    }
  }
`);

export const LibraryQuery = graphql(`
  query JointLibrary($minDepartments: Int!, $after: String) {
    jointTargetLibrary(minDepartments: $minDepartments, first: 50, after: $after) {
      totalCount
      endCursor
      hasMore
      entries {
        uscc
        name
        departments
      }
    }
  }
`);
