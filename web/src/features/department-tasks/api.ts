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
      items {
        ...ItemCheckForm
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

/** One task in full: its team by name, 递补 history, result, follow-up and the steps that may come next. */
export const TaskDetailQuery = graphql(`
  query TaskDetail($id: ID!) {
    department {
      resultCategories {
        code
        name
      }
      items {
        ...ItemCheckForm
      }
      task(id: $id) {
        id
        uscc
        source
        status
        drawId
        dueStart
        dueEnd
        itemCodes
        inspectors
        note
        origin
        originReference
        target {
          name
        }
        replacements {
          leaving
          replacement
          reason
          changedBy
          changedAt
        }
        result {
          categoryName
          findings
          inspectionDate
          signers {
            name
            certificateNumber
          }
          evidence {
            id
            kind
            sha256
          }
          recordedBy
          recordedAt
          enteredLate
          publishedAt
          publicationDue
          publishedLate
          noticeEndsOn
          jointInspection {
            id
            lead
            departments
          }
          checkAnswers {
            ...CheckAnswerFields
          }
          followUpState
          nextFollowUpSteps
          followUps {
            kind
            date
            documentNumber
            deadline
            rectified
            receivingParty
            note
            recordedBy
            recordedAt
          }
        }
      }
    }
    departments {
      code
      name
    }
  }
`);

export const ReplaceInspector = graphql(`
  mutation ReplaceInspector($taskId: ID!, $certificateNumber: String!, $reason: String!) {
    department {
      task: replaceInspector(taskId: $taskId, certificateNumber: $certificateNumber, reason: $reason) {
        id
        inspectors
      }
    }
  }
`);

export const RecordFollowUp = graphql(`
  mutation RecordFollowUp($taskId: ID!, $input: FollowUpInput!) {
    department {
      result: recordFollowUp(taskId: $taskId, input: $input) {
        taskId
        followUpState
      }
    }
  }
`);

/** 提醒: publication due or overdue, published late, rectification overdue. */
export const ResultAlertsQuery = graphql(`
  query ResultAlerts {
    department {
      resultAlerts(first: 200) {
        kind
        taskId
        uscc
        due
        provisional
      }
    }
  }
`);

/** The department's active inspectors, to give a task from a higher platform its team. */
export const ActiveInspectorsQuery = graphql(`
  query ActiveInspectors {
    department {
      inspectors(filter: { statuses: [ACTIVE] }, first: 500) {
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

export const AssignTaskTeam = graphql(`
  mutation AssignTaskTeam($taskId: ID!, $inspectors: [String!]!) {
    department {
      assignTaskTeam(taskId: $taskId, inspectors: $inspectors) {
        id
        status
        inspectors
      }
    }
  }
`);
