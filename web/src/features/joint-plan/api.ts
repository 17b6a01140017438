import { graphql } from "../../gql";

/** A year's joint plan entries as submitted and reviewed (all for the office, its own for a department), the published version, the joint items. */
export const JointPlanEntriesQuery = graphql(`
  query JointPlanEntries($year: Int!) {
    departments {
      code
      name
    }
    jointItems {
      code
      name
      lead
      departments
      departmentItems {
        department
        itemCodes
      }
      scope
    }
    jointPlan(year: $year) {
      version
      publishedAt
      dueDate
    }
    jointPlanEntries(year: $year) {
      id
      year
      lead
      departments
      jointItemCode
      name
      items
      scope
      periodStart
      periodEnd
      plannedTargets
      status
      submittedBy
      submittedAt
      submittedLate
      reviewNote
      reviewedBy
      reviewedAt
      jointInspections
      carriedOut
    }
  }
`);

export const SubmitJointPlanEntry = graphql(`
  mutation SubmitJointPlanEntry($input: JointPlanEntryInput!) {
    submitJointPlanEntry(input: $input) {
      id
      submittedLate
    }
  }
`);

export const UpdateJointPlanEntry = graphql(`
  mutation UpdateJointPlanEntry($id: ID!, $input: JointPlanEntryInput!) {
    updateJointPlanEntry(id: $id, input: $input) {
      id
      status
    }
  }
`);

export const ReviewJointPlanEntry = graphql(`
  mutation ReviewJointPlanEntry($id: ID!, $accept: Boolean!, $note: String) {
    reviewJointPlanEntry(id: $id, accept: $accept, note: $note) {
      id
      status
    }
  }
`);

export const PublishJointPlan = graphql(`
  mutation PublishJointPlan($year: Int!) {
    publishJointPlan(year: $year) {
      version
      entryIds
    }
  }
`);

export const SaveJointItem = graphql(`
  mutation SaveJointItem($input: JointItemInput!) {
    saveJointItem(input: $input) {
      code
    }
  }
`);
