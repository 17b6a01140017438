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

export const BoardQuery = graphql(`
  query JointBoard($after: ID) {
    departments {
      code
      name
    }
    jointInspections(first: 500, after: $after) {
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
  }
`);

/** One joint inspection: the list is in id order, so the one after id − 1 is id. */
export const JointDetailQuery = graphql(`
  query JointDetail($after: ID) {
    departments {
      code
      name
    }
    jointInspections(first: 1, after: $after) {
      id
      lead
      departments
      windowStart
      windowEnd
      scheduledDate
      status
      planText
      proposalKey
      createdBy
      usccs
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
