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

export const LaunchMutation = graphql(`
  mutation LaunchJointInspection($proposalKey: String!, $lead: String!, $planText: String!) {
    launchJointInspection(proposalKey: $proposalKey, lead: $lead, planText: $planText) {
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
        signatures {
          name
          certificateNumber
        }
      }
    }
  }
`);
