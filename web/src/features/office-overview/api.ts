import { graphql } from "../../gql";

export const OverviewQuery = graphql(`
  query Overview($year: Int!, $half: Int) {
    departments {
      code
      name
    }
    resultStatistics(year: $year, half: $half) {
      department
      period
      tasks
      plannedTasks
      planCompletion
      resultsRecorded
      publishedOnTime
      publishedLate
      overdue
      problemsFound
      problemDetectionRate
      jointShare
      byCategory {
        code
        name
        count
      }
      asOf
      stale
    }
  }
`);

export const SyncStatusQuery = graphql(`
  query SyncStatus {
    syncStatus {
      department
      lastSuccessAt
      lastError
      stale
    }
  }
`);

/** 抽查覆盖率 of one department's draws in a year (`department` is replaced by its code). */
export const DrawCoverageQuery = graphql(`
  query DrawCoverage($year: Int!) {
    department {
      drawCoverage(year: $year) {
        year
        draws
        inScope
        drawn
        coverage
        strata {
          keyArea
          riskLevel
          creditClass
          inScope
          drawn
          coverage
        }
      }
    }
  }
`);

/** 多头检查 in a year: targets visited more often than the office's limits allow. */
export const VisitLoadStatisticsQuery = graphql(`
  query VisitLoadStatistics($year: Int!) {
    visitLoadStatistics(year: $year, first: 10) {
      targets
      limits {
        days
        maxVisits
        targets
      }
      byDepartment {
        department
        targets
      }
      worst {
        ...TargetVisitLoadFields
      }
    }
  }
`);
