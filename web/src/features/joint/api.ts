import { graphql } from "../../gql";

export const ProposalsQuery = graphql(`
  query JointProposals($year: Int!) {
    departments {
      code
      name
    }
    jointInspectionProposals(year: $year) {
      key
      departments
      windowStart
      windowEnd
      targetCount
      visits {
        uscc
        inspectors
        duplicateItems
      }
    }
  }
`);

/** The year's accepted joint plan entries a joint inspection may carry out. */
export const AcceptedPlanEntriesQuery = graphql(`
  query AcceptedPlanEntries($year: Int!) {
    jointPlanEntries(year: $year, status: ACCEPTED) {
      id
      name
      lead
      departments
    }
  }
`);

export const LaunchMutation = graphql(`
  mutation LaunchJointInspection($proposalKey: String!, $lead: String!, $planText: String!, $planEntryId: ID) {
    launchJointInspection(proposalKey: $proposalKey, lead: $lead, planText: $planText, planEntryId: $planEntryId) {
      id
      status
    }
  }
`);

/** What the board shows of each joint inspection; the detail page shows it too. */
export const JointSummaryFields = graphql(`
  fragment JointSummary on JointInspection {
    id
    lead
    departments
    windowStart
    windowEnd
    scheduledDate
    status
    proposalKey
    planEntryId
    usccs
    participants {
      department
      response
    }
  }
`);

export const BoardQuery = graphql(`
  query JointBoard($after: ID) {
    departments {
      code
      name
    }
    jointInspections(first: 500, after: $after) {
      ...JointSummary
    }
  }
`);

export const JointDetailQuery = graphql(`
  query JointDetail($id: ID!) {
    departments {
      code
      name
    }
    jointInspection(id: $id) {
      ...JointSummary
      planText
      createdBy
      participants {
        department
        response
        reason
        respondedBy
        respondedAt
        inspectors
        teamSeed
        teamDraws
        teamRedrawReasons
      }
      history {
        fromStatus
        toStatus
        bySubject
        byDepartment
        note
        at
      }
      records {
        uscc
        department
        categoryName
        findings
        departmentFindings
        recordedAt
        departmentTaskId
        deliveredAt
        deliveryError
        signatures {
          name
          certificateNumber
        }
        checkAnswers {
          ...CheckAnswerFields
        }
      }
      visitWarnings {
        ...TargetVisitLoadFields
      }
    }
  }
`);

/** 多头检查 before scheduling: what the visit would exceed on this day. */
export const JointVisitCheck = graphql(`
  query JointVisitCheck($id: ID!, $date: String!) {
    jointInspection(id: $id) {
      id
      visitWarnings(date: $date) {
        ...TargetVisitLoadFields
      }
    }
  }
`);

/** What a participating department does on a joint inspection: answer, staff it, and as lead schedule, carry out and record it. */
export const RespondToJoint = graphql(`
  mutation RespondToJoint($id: ID!, $accept: Boolean!, $reason: String) {
    respondToJointInspection(id: $id, accept: $accept, reason: $reason) {
      id
      status
    }
  }
`);

export const DrawJointTeam = graphql(`
  mutation DrawJointTeam($jointInspectionId: ID!, $usccs: [String!]!, $size: Int!, $publicValue: String!, $reason: String) {
    department {
      team: drawJointTeam(jointInspectionId: $jointInspectionId, usccs: $usccs, size: $size, publicValue: $publicValue, reason: $reason)
    }
  }
`);

export const SupplyJointInspectors = graphql(`
  mutation SupplyJointInspectors($id: ID!, $certificateNumbers: [String!]!) {
    supplyJointInspectors(id: $id, certificateNumbers: $certificateNumbers) {
      id
      status
    }
  }
`);

export const ScheduleJoint = graphql(`
  mutation ScheduleJoint($id: ID!, $date: String!) {
    scheduleJointInspection(id: $id, date: $date) {
      id
      status
    }
  }
`);

export const AdvanceJoint = graphql(`
  mutation AdvanceJoint($id: ID!, $status: String!, $note: String) {
    advanceJointInspection(id: $id, status: $status, note: $note) {
      id
      status
    }
  }
`);

export const RecordJoint = graphql(`
  mutation RecordJoint($id: ID!, $findings: String!, $signatures: [SignatureInput!]!, $results: [JointResultInput!]!) {
    recordJointInspection(id: $id, findings: $findings, signatures: $signatures, results: $results) {
      id
      status
    }
  }
`);

export const JointResultCategories = graphql(`
  query JointResultCategories {
    resultCategories {
      code
      name
    }
  }
`);
