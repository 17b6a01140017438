import { graphql } from "../../gql";

export const PublicDrawsDepartments = graphql(`
  query PublicDrawsDepartments {
    departments {
      code
      name
    }
  }
`);

/** 抽取过程公开: a department's draw records in chain order, as anyone may read them (`department` becomes the department's code). */
export const PublicDrawsQuery = graphql(`
  query PublicDraws($afterSeq: Int) {
    department {
      publicDraws(first: 50, afterSeq: $afterSeq) {
        draws {
          seq
          planId
          planName
          periodKey
          commitment
          secret
          publicValue
          seed
          witnesses {
            name
            role
          }
          params
          algorithm
          populationSize
          populationDigest
          poolDigest
          resultDigest
          strata {
            keyArea
            riskLevel
            creditClass
            population
            ratio
            quota
            drawn
          }
          drawn {
            code
            name
            stratum
          }
          createdBy
          createdAt
          prevHash
          hash
          contentJson
        }
        hasMore
        endSeq
      }
    }
  }
`);
