/**
 * 检查任务 in the department's hands: its tasks of the year with their teams and results; recording a
 * result signed by the team with its evidence's SHA-256; publishing results in batches (一公开).
 * Documents name the template field `department`.
 */
import { graphql } from "../../gql";

export const DepartmentTasksQuery = graphql(`
  query DepartmentTasks($status: TaskStatus, $source: TaskSource, $uscc: String, $after: String) {
    department {
      code
      name
      resultCategories {
        code
        name
      }
      tasks(status: $status, source: $source, uscc: $uscc, after: $after, first: 50) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            uscc
            source
            status
            dueStart
            dueEnd
            inspectors
            itemCodes
            target {
              name
            }
            result {
              categoryName
              inspectionDate
              publishedAt
              followUpState
            }
            publicationDeadline {
              date
            }
          }
        }
      }
    }
  }
`);

export const TeamMemberQuery = graphql(`
  query TeamMember($search: String!) {
    department {
      inspectors(filter: { search: $search }, first: 5) {
        edges {
          node {
            certificateNumber
            name
          }
        }
      }
    }
  }
`);

export const RecordResult = graphql(`
  mutation RecordResult($taskId: ID!, $input: ResultInput!) {
    department {
      task: recordResult(taskId: $taskId, input: $input) {
        id
        status
      }
    }
  }
`);

export const PublishResults = graphql(`
  mutation PublishResults($taskIds: [ID!]!) {
    department {
      tasks: publishResults(taskIds: $taskIds) {
        id
      }
    }
  }
`);
