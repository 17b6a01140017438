/**
 * 双随机 in the department admin's hands: the year's plans, their draws, and the ceremony's steps —
 * commit to a secret, draw with the public value and the witnesses, verify. Documents name the
 * template field `department`; pages send them with `forDepartment`.
 */
import { graphql } from "../../gql";

export const DrawPlansQuery = graphql(`
  query DrawPlans($year: Int!) {
    department {
      code
      name
      plans(year: $year) {
        id
        name
        status
        periodStart
        periodEnd
      }
      draws {
        id
        seq
        planId
        periodKey
        createdAt
        taskCount
        populationSize
      }
    }
  }
`);

export const DrawFields = graphql(`
  fragment DrawFields on Draw {
    id
    seq
    planId
    periodKey
    commitment
    secret
    publicValue
    seed
    witnesses {
      name
      role
    }
    algorithm
    populationSize
    populationDigest
    strata {
      keyArea
      riskLevel
      creditClass
      population
      ratio
      quota
      drawn
    }
    taskCount
    prevHash
    hash
    createdBy
    createdAt
  }
`);

export const DrawQuery = graphql(`
  query DrawRecord($id: ID!) {
    department {
      draw(id: $id) {
        ...DrawFields
      }
    }
  }
`);

export const CommitSeed = graphql(`
  mutation CommitDrawSeed($planId: ID!, $commitment: String!) {
    department {
      commitment: commitDrawSeed(planId: $planId, commitment: $commitment) {
        id
        periodKey
        commitment
        createdAt
      }
    }
  }
`);

export const DrawTargets = graphql(`
  mutation DrawTargets($input: DrawInput!) {
    department {
      draw: drawTargets(input: $input) {
        ...DrawFields
      }
    }
  }
`);

export const VerifyDraw = graphql(`
  query VerifyDraw($id: ID!, $recheck: Boolean!) {
    department {
      verification: verifyDraw(id: $id, recheck: $recheck) {
        reproduces
        verifiedAt
        checks {
          name
          ok
          detail
        }
      }
    }
  }
`);

/** 第三轮融合 per stratum: of each stratum's targets drawn, how many other departments already plan or inspected this year. */
export const DrawOverlapsQuery = graphql(`
  query DrawOverlaps($department: String!, $drawId: ID!) {
    drawOverlaps(department: $department, drawId: $drawId) {
      strata {
        stratum
        drawn
        elsewhere
      }
    }
  }
`);

/** The targets a draw picked, with their teams and round 3's prompt: who else plans or inspected them this year. */
export const DrawnTargetsQuery = graphql(`
  query DrawnTargets($drawId: ID!, $after: String) {
    departments {
      code
      name
    }
    department {
      code
      tasks(drawId: $drawId, first: 100, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            uscc
            inspectors
            dueStart
            dueEnd
            target {
              name
              inspectionsThisYear {
                department
                status
              }
            }
          }
        }
      }
    }
  }
`);
