import { graphql } from "../../gql";

/** What needs the signed-in person: the office's list (joint work, plan entries, tasks past their window). */
export const TodoQuery = graphql(`
  query Todo {
    departments {
      code
      name
    }
    todo {
      kind
      dueDate
      overdue
      count
      jointInspectionId
      planEntryId
      proposalKey
      year
      department
      taskIds
      detail
    }
  }
`);

/** 工作节点 of one department's year (`department` is replaced by its code). */
export const MilestonesQuery = graphql(`
  query Milestones($year: Int) {
    department {
      milestones(year: $year) {
        kind
        name
        month
        dueDate
        state
        metOn
        done
        total
        reportedBy
        note
      }
    }
  }
`);

export const ReportMilestone = graphql(`
  mutation ReportMilestone($year: Int!, $kind: MilestoneKind!, $note: String) {
    department {
      reportMilestone(year: $year, kind: $kind, note: $note) {
        kind
        state
      }
    }
  }
`);

/** 消息通知: the latest the office told my department (the office: every department), and the webhooks' deliveries. */
export const NotificationsQuery = graphql(`
  query Notifications {
    notifications(first: 20) {
      id
      department
      kind
      text
      jointInspectionId
      planEntryId
      createdAt
      deliveries {
        receiver
        deliveredAt
        lastError
      }
    }
    webhookStatus {
      receiver
      delivered
      pending
      lastError
      oldestPendingSince
    }
  }
`);
