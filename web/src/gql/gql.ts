/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DepartmentTargets($filter: TargetFilter, $after: String, $first: Int) {\n    department {\n      code\n      name\n      creditClasses\n      targets(filter: $filter, after: $after, first: $first) {\n        totalCount\n        totalCountExact\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            uscc\n            name\n            kind\n            industry\n            region\n            riskLevel\n            creditClass\n            tags\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.DepartmentTargetsDocument,
    "\n  query DepartmentInspectors($filter: InspectorFilter, $after: String, $first: Int) {\n    department {\n      code\n      name\n      inspectors(filter: $filter, after: $after, first: $first) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            certificateNumber\n            name\n            gender\n            position\n            unit\n            expertise\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.DepartmentInspectorsDocument,
    "\n  fragment ImportReportFields on ImportReport {\n    status\n    dryRun\n    rowsRead\n    inserted\n    updated\n    unchanged\n    clearedValues\n    changeCount\n    changes {\n      row\n      key\n      action\n      fields\n      cleared\n    }\n    ignoredColumns\n    errorCount\n    errors {\n      row\n      column\n      reason\n    }\n  }\n": typeof types.ImportReportFieldsFragmentDoc,
    "\n  query DepartmentJob($id: ID!) {\n    department {\n      job(id: $id) {\n        id\n        state\n        done\n        total\n        step\n        result\n        error\n      }\n    }\n  }\n": typeof types.DepartmentJobDocument,
    "\n  query DrawPlans($year: Int!) {\n    department {\n      code\n      name\n      plans(year: $year) {\n        id\n        name\n        status\n        periodStart\n        periodEnd\n      }\n      draws {\n        id\n        seq\n        planId\n        periodKey\n        createdAt\n        taskCount\n        populationSize\n      }\n    }\n  }\n": typeof types.DrawPlansDocument,
    "\n  fragment DrawFields on Draw {\n    id\n    seq\n    planId\n    periodKey\n    commitment\n    secret\n    publicValue\n    seed\n    witnesses {\n      name\n      role\n    }\n    algorithm\n    populationSize\n    populationDigest\n    strata {\n      keyArea\n      riskLevel\n      creditClass\n      population\n      ratio\n      quota\n      drawn\n    }\n    taskCount\n    prevHash\n    hash\n    createdBy\n    createdAt\n  }\n": typeof types.DrawFieldsFragmentDoc,
    "\n  query DrawRecord($id: ID!) {\n    department {\n      draw(id: $id) {\n        ...DrawFields\n      }\n    }\n  }\n": typeof types.DrawRecordDocument,
    "\n  mutation CommitDrawSeed($planId: ID!, $commitment: String!) {\n    department {\n      commitment: commitDrawSeed(planId: $planId, commitment: $commitment) {\n        id\n        periodKey\n        commitment\n        createdAt\n      }\n    }\n  }\n": typeof types.CommitDrawSeedDocument,
    "\n  mutation DrawTargets($input: DrawInput!) {\n    department {\n      draw: drawTargets(input: $input) {\n        ...DrawFields\n      }\n    }\n  }\n": typeof types.DrawTargetsDocument,
    "\n  query VerifyDraw($id: ID!, $recheck: Boolean!) {\n    department {\n      verification: verifyDraw(id: $id, recheck: $recheck) {\n        reproduces\n        verifiedAt\n        checks {\n          name\n          ok\n          detail\n        }\n      }\n    }\n  }\n": typeof types.VerifyDrawDocument,
    "\n  query DrawOverlaps($department: String!, $drawId: ID!) {\n    drawOverlaps(department: $department, drawId: $drawId) {\n      strata {\n        stratum\n        drawn\n        elsewhere\n      }\n    }\n  }\n": typeof types.DrawOverlapsDocument,
    "\n  query DrawnTargets($drawId: ID!, $after: String) {\n    departments {\n      code\n      name\n    }\n    department {\n      code\n      tasks(drawId: $drawId, first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            uscc\n            inspectors\n            dueStart\n            dueEnd\n            target {\n              name\n              inspectionsThisYear {\n                department\n                status\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DrawnTargetsDocument,
    "\n  query DepartmentPlans($year: Int!) {\n    department {\n      code\n      name\n      creditClasses\n      ratioMin\n      ratioMax\n      items {\n        code\n        name\n        legalBasis\n        targetKind\n        method\n        defaultRatio\n        frequency\n        keyArea\n        expertise\n        checkForm {\n          version\n          createdBy\n          createdAt\n          points {\n            number\n            content\n            standard\n            legalBasis\n          }\n        }\n      }\n      plans(year: $year) {\n        id\n        year\n        name\n        itemCodes\n        periodStart\n        periodEnd\n        ratios {\n          creditClass\n          ratio\n        }\n        cellRatios {\n          riskLevel\n          creditClass\n          ratio\n        }\n        frequency\n        status\n        publishedAt\n        version\n        adjustments {\n          id\n          reason\n          before\n          after\n          adjustedBy\n          adjustedAt\n        }\n      }\n    }\n  }\n": typeof types.DepartmentPlansDocument,
    "\n  mutation CreatePlan($input: PlanInput!, $key: String) {\n    department {\n      plan: createPlan(input: $input, idempotencyKey: $key) {\n        id\n      }\n    }\n  }\n": typeof types.CreatePlanDocument,
    "\n  mutation UpdatePlan($id: ID!, $input: PlanInput!) {\n    department {\n      plan: updatePlan(id: $id, input: $input) {\n        id\n      }\n    }\n  }\n": typeof types.UpdatePlanDocument,
    "\n  mutation PublishPlan($id: ID!) {\n    department {\n      plan: publishPlan(id: $id) {\n        id\n        status\n      }\n    }\n  }\n": typeof types.PublishPlanDocument,
    "\n  mutation AdjustPlan($id: ID!, $input: PlanInput!, $reason: String!) {\n    department {\n      plan: adjustPlan(id: $id, input: $input, reason: $reason) {\n        id\n        version\n      }\n    }\n  }\n": typeof types.AdjustPlanDocument,
    "\n  mutation UpsertItem($input: InspectionItemInput!) {\n    department {\n      item: upsertItem(input: $input) {\n        code\n      }\n    }\n  }\n": typeof types.UpsertItemDocument,
    "\n  mutation SaveCheckForm($itemCode: String!, $points: [CheckPointInput!]!) {\n    department {\n      form: saveCheckForm(itemCode: $itemCode, points: $points) {\n        version\n      }\n    }\n  }\n": typeof types.SaveCheckFormDocument,
    "\n  query DepartmentTasks($status: TaskStatus, $source: TaskSource, $uscc: String, $after: String) {\n    department {\n      code\n      name\n      resultCategories {\n        code\n        name\n      }\n      items {\n        ...ItemCheckForm\n      }\n      tasks(status: $status, source: $source, uscc: $uscc, after: $after, first: 50) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            uscc\n            source\n            status\n            dueStart\n            dueEnd\n            inspectors\n            itemCodes\n            target {\n              name\n            }\n            result {\n              categoryName\n              inspectionDate\n              publishedAt\n              followUpState\n            }\n            publicationDeadline {\n              date\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DepartmentTasksDocument,
    "\n  mutation RecordResult($taskId: ID!, $input: ResultInput!) {\n    department {\n      task: recordResult(taskId: $taskId, input: $input) {\n        id\n        status\n      }\n    }\n  }\n": typeof types.RecordResultDocument,
    "\n  mutation PublishResults($taskIds: [ID!]!) {\n    department {\n      tasks: publishResults(taskIds: $taskIds) {\n        id\n      }\n    }\n  }\n": typeof types.PublishResultsDocument,
    "\n  query TaskDetail($id: ID!) {\n    department {\n      resultCategories {\n        code\n        name\n      }\n      items {\n        ...ItemCheckForm\n      }\n      task(id: $id) {\n        id\n        uscc\n        source\n        status\n        drawId\n        dueStart\n        dueEnd\n        itemCodes\n        inspectors\n        note\n        origin\n        originReference\n        target {\n          name\n        }\n        replacements {\n          leaving\n          replacement\n          reason\n          changedBy\n          changedAt\n        }\n        result {\n          categoryName\n          findings\n          inspectionDate\n          signers {\n            name\n            certificateNumber\n          }\n          evidence {\n            id\n            kind\n            sha256\n          }\n          recordedBy\n          recordedAt\n          enteredLate\n          publishedAt\n          publicationDue\n          publishedLate\n          noticeEndsOn\n          jointInspection {\n            id\n            lead\n            departments\n          }\n          checkAnswers {\n            ...CheckAnswerFields\n          }\n          followUpState\n          nextFollowUpSteps\n          followUps {\n            kind\n            date\n            documentNumber\n            deadline\n            rectified\n            receivingParty\n            note\n            recordedBy\n            recordedAt\n          }\n        }\n      }\n    }\n    departments {\n      code\n      name\n    }\n  }\n": typeof types.TaskDetailDocument,
    "\n  mutation ReplaceInspector($taskId: ID!, $certificateNumber: String!, $reason: String!) {\n    department {\n      task: replaceInspector(taskId: $taskId, certificateNumber: $certificateNumber, reason: $reason) {\n        id\n        inspectors\n      }\n    }\n  }\n": typeof types.ReplaceInspectorDocument,
    "\n  mutation RecordFollowUp($taskId: ID!, $input: FollowUpInput!) {\n    department {\n      result: recordFollowUp(taskId: $taskId, input: $input) {\n        taskId\n        followUpState\n      }\n    }\n  }\n": typeof types.RecordFollowUpDocument,
    "\n  query ResultAlerts {\n    department {\n      resultAlerts(first: 200) {\n        kind\n        taskId\n        uscc\n        due\n        provisional\n      }\n    }\n  }\n": typeof types.ResultAlertsDocument,
    "\n  query ActiveInspectors {\n    department {\n      inspectors(filter: { statuses: [ACTIVE] }, first: 500) {\n        edges {\n          node {\n            certificateNumber\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ActiveInspectorsDocument,
    "\n  mutation AssignTaskTeam($taskId: ID!, $inspectors: [String!]!) {\n    department {\n      assignTaskTeam(taskId: $taskId, inspectors: $inspectors) {\n        id\n        status\n        inspectors\n      }\n    }\n  }\n": typeof types.AssignTaskTeamDocument,
    "\n  query EnterpriseSearch($search: String!) {\n    departments {\n      code\n      name\n    }\n    searchTargets(search: $search, first: 50) {\n      uscc\n      name\n      departments\n    }\n  }\n": typeof types.EnterpriseSearchDocument,
    "\n  query Enterprise($uscc: String!, $year: Int) {\n    departments {\n      code\n      name\n    }\n    target(uscc: $uscc) {\n      uscc\n      name\n      departments\n      inspectionsThisYear(year: $year) {\n        department\n        taskId\n        source\n        status\n        itemCodes\n        dueStart\n        dueEnd\n        categoryName\n        inspectionDate\n        publishedAt\n        publicationDue\n        publishedLate\n        followUpState\n      }\n      jointRecords(first: 100) {\n        jointId\n        department\n        categoryName\n        findings\n        departmentFindings\n        recordedAt\n        signatures {\n          name\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseDocument,
    "\n  fragment DepartmentRecord on TargetRecord {\n    inDirectory\n    name\n    kind\n    address\n    legalRepresentative\n    phone\n    industry\n    region\n    riskLevel\n    creditClass\n    tags\n    status\n    inspections {\n      taskId\n      source\n      itemCodes\n      dueStart\n      dueEnd\n      status\n      inspectionDate\n      categoryName\n      findings\n      publishedAt\n      followUpState\n      followUps {\n        kind\n        documentNumber\n        date\n        deadline\n        rectified\n      }\n    }\n  }\n": typeof types.DepartmentRecordFragmentDoc,
    "\n  query JointPlanEntries($year: Int!) {\n    departments {\n      code\n      name\n    }\n    jointItems {\n      code\n      name\n      lead\n      departments\n      departmentItems {\n        department\n        itemCodes\n      }\n      scope\n    }\n    jointPlan(year: $year) {\n      version\n      publishedAt\n      dueDate\n    }\n    jointPlanEntries(year: $year) {\n      id\n      year\n      lead\n      departments\n      jointItemCode\n      name\n      items\n      scope\n      periodStart\n      periodEnd\n      plannedTargets\n      status\n      submittedBy\n      submittedAt\n      submittedLate\n      reviewNote\n      reviewedBy\n      reviewedAt\n      jointInspections\n      carriedOut\n    }\n  }\n": typeof types.JointPlanEntriesDocument,
    "\n  mutation SubmitJointPlanEntry($input: JointPlanEntryInput!) {\n    submitJointPlanEntry(input: $input) {\n      id\n      submittedLate\n    }\n  }\n": typeof types.SubmitJointPlanEntryDocument,
    "\n  mutation UpdateJointPlanEntry($id: ID!, $input: JointPlanEntryInput!) {\n    updateJointPlanEntry(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.UpdateJointPlanEntryDocument,
    "\n  mutation ReviewJointPlanEntry($id: ID!, $accept: Boolean!, $note: String) {\n    reviewJointPlanEntry(id: $id, accept: $accept, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.ReviewJointPlanEntryDocument,
    "\n  mutation PublishJointPlan($year: Int!) {\n    publishJointPlan(year: $year) {\n      version\n      entryIds\n    }\n  }\n": typeof types.PublishJointPlanDocument,
    "\n  mutation SaveJointItem($input: JointItemInput!) {\n    saveJointItem(input: $input) {\n      code\n    }\n  }\n": typeof types.SaveJointItemDocument,
    "\n  query JointProposals($year: Int!) {\n    departments {\n      code\n      name\n    }\n    jointInspectionProposals(year: $year) {\n      key\n      departments\n      windowStart\n      windowEnd\n      targetCount\n      visits {\n        uscc\n        inspectors\n        duplicateItems\n      }\n    }\n  }\n": typeof types.JointProposalsDocument,
    "\n  query AcceptedPlanEntries($year: Int!) {\n    jointPlanEntries(year: $year, status: ACCEPTED) {\n      id\n      name\n      lead\n      departments\n    }\n  }\n": typeof types.AcceptedPlanEntriesDocument,
    "\n  mutation LaunchJointInspection($proposalKey: String!, $lead: String!, $planText: String!, $planEntryId: ID) {\n    launchJointInspection(proposalKey: $proposalKey, lead: $lead, planText: $planText, planEntryId: $planEntryId) {\n      id\n      status\n    }\n  }\n": typeof types.LaunchJointInspectionDocument,
    "\n  fragment JointSummary on JointInspection {\n    id\n    lead\n    departments\n    windowStart\n    windowEnd\n    scheduledDate\n    status\n    proposalKey\n    planEntryId\n    usccs\n    participants {\n      department\n      response\n    }\n  }\n": typeof types.JointSummaryFragmentDoc,
    "\n  query JointBoard($after: ID) {\n    departments {\n      code\n      name\n    }\n    jointInspections(first: 500, after: $after) {\n      ...JointSummary\n    }\n  }\n": typeof types.JointBoardDocument,
    "\n  query JointDetail($id: ID!) {\n    departments {\n      code\n      name\n    }\n    jointInspection(id: $id) {\n      ...JointSummary\n      planText\n      createdBy\n      participants {\n        department\n        response\n        reason\n        respondedBy\n        respondedAt\n        inspectors\n        teamSeed\n        teamDraws\n        teamRedrawReasons\n      }\n      history {\n        fromStatus\n        toStatus\n        bySubject\n        byDepartment\n        note\n        at\n      }\n      records {\n        uscc\n        department\n        categoryName\n        findings\n        departmentFindings\n        recordedAt\n        departmentTaskId\n        deliveredAt\n        deliveryError\n        signatures {\n          name\n          certificateNumber\n        }\n        checkAnswers {\n          ...CheckAnswerFields\n        }\n      }\n      visitWarnings {\n        ...TargetVisitLoadFields\n      }\n    }\n  }\n": typeof types.JointDetailDocument,
    "\n  query JointVisitCheck($id: ID!, $date: String!) {\n    jointInspection(id: $id) {\n      id\n      visitWarnings(date: $date) {\n        ...TargetVisitLoadFields\n      }\n    }\n  }\n": typeof types.JointVisitCheckDocument,
    "\n  mutation RespondToJoint($id: ID!, $accept: Boolean!, $reason: String) {\n    respondToJointInspection(id: $id, accept: $accept, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.RespondToJointDocument,
    "\n  mutation DrawJointTeam($jointInspectionId: ID!, $usccs: [String!]!, $size: Int!, $publicValue: String!, $reason: String) {\n    department {\n      team: drawJointTeam(jointInspectionId: $jointInspectionId, usccs: $usccs, size: $size, publicValue: $publicValue, reason: $reason)\n    }\n  }\n": typeof types.DrawJointTeamDocument,
    "\n  mutation SupplyJointInspectors($id: ID!, $certificateNumbers: [String!]!) {\n    supplyJointInspectors(id: $id, certificateNumbers: $certificateNumbers) {\n      id\n      status\n    }\n  }\n": typeof types.SupplyJointInspectorsDocument,
    "\n  mutation ScheduleJoint($id: ID!, $date: String!) {\n    scheduleJointInspection(id: $id, date: $date) {\n      id\n      status\n    }\n  }\n": typeof types.ScheduleJointDocument,
    "\n  mutation AdvanceJoint($id: ID!, $status: String!, $note: String) {\n    advanceJointInspection(id: $id, status: $status, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.AdvanceJointDocument,
    "\n  mutation RecordJoint($id: ID!, $findings: String!, $signatures: [SignatureInput!]!, $results: [JointResultInput!]!) {\n    recordJointInspection(id: $id, findings: $findings, signatures: $signatures, results: $results) {\n      id\n      status\n    }\n  }\n": typeof types.RecordJointDocument,
    "\n  query JointResultCategories {\n    resultCategories {\n      code\n      name\n    }\n  }\n": typeof types.JointResultCategoriesDocument,
    "\n  query Overview($year: Int!, $half: Int) {\n    departments {\n      code\n      name\n    }\n    resultStatistics(year: $year, half: $half) {\n      department\n      period\n      tasks\n      plannedTasks\n      planCompletion\n      resultsRecorded\n      publishedOnTime\n      publishedLate\n      overdue\n      problemsFound\n      problemDetectionRate\n      jointShare\n      byCategory {\n        code\n        name\n        count\n      }\n      asOf\n      stale\n    }\n  }\n": typeof types.OverviewDocument,
    "\n  query SyncStatus {\n    syncStatus {\n      department\n      lastSuccessAt\n      lastError\n      stale\n    }\n  }\n": typeof types.SyncStatusDocument,
    "\n  query DrawCoverage($year: Int!) {\n    department {\n      drawCoverage(year: $year) {\n        year\n        draws\n        inScope\n        drawn\n        coverage\n        strata {\n          keyArea\n          riskLevel\n          creditClass\n          inScope\n          drawn\n          coverage\n        }\n      }\n    }\n  }\n": typeof types.DrawCoverageDocument,
    "\n  query VisitLoadStatistics($year: Int!) {\n    visitLoadStatistics(year: $year, first: 10) {\n      targets\n      limits {\n        days\n        maxVisits\n        targets\n      }\n      byDepartment {\n        department\n        targets\n      }\n      worst {\n        ...TargetVisitLoadFields\n      }\n    }\n  }\n": typeof types.VisitLoadStatisticsDocument,
    "\n  query Overlap {\n    departments {\n      code\n      name\n    }\n    departmentOverlap {\n      a\n      b\n      targets\n    }\n  }\n": typeof types.OverlapDocument,
    "\n  query JointLibrary($minDepartments: Int!, $after: String) {\n    jointTargetLibrary(minDepartments: $minDepartments, first: 50, after: $after) {\n      totalCount\n      endCursor\n      hasMore\n      entries {\n        uscc\n        name\n        departments\n      }\n    }\n  }\n": typeof types.JointLibraryDocument,
    "\n  query PublicDrawsDepartments {\n    departments {\n      code\n      name\n    }\n  }\n": typeof types.PublicDrawsDepartmentsDocument,
    "\n  query PublicDraws($afterSeq: Int) {\n    department {\n      publicDraws(first: 50, afterSeq: $afterSeq) {\n        draws {\n          seq\n          planId\n          planName\n          periodKey\n          commitment\n          secret\n          publicValue\n          seed\n          witnesses {\n            name\n            role\n          }\n          params\n          algorithm\n          populationSize\n          populationDigest\n          poolDigest\n          resultDigest\n          strata {\n            keyArea\n            riskLevel\n            creditClass\n            population\n            ratio\n            quota\n            drawn\n          }\n          drawn {\n            code\n            name\n            stratum\n          }\n          createdBy\n          createdAt\n          prevHash\n          hash\n          contentJson\n        }\n        hasMore\n        endSeq\n      }\n    }\n  }\n": typeof types.PublicDrawsDocument,
    "\n  query PublicJointPlan($year: Int!) {\n    departments {\n      code\n      name\n    }\n    jointItems {\n      code\n      name\n      lead\n      departments\n      scope\n    }\n    jointPlan(year: $year) {\n      year\n      version\n      publishedAt\n      dueDate\n      entries {\n        id\n        lead\n        departments\n        jointItemCode\n        name\n        items\n        scope\n        periodStart\n        periodEnd\n        plannedTargets\n        jointInspections\n        carriedOut\n      }\n    }\n  }\n": typeof types.PublicJointPlanDocument,
    "\n  query PublicPlansDepartments {\n    departments {\n      code\n      name\n    }\n  }\n": typeof types.PublicPlansDepartmentsDocument,
    "\n  fragment PublicDepartmentLists on DepartmentQuery {\n    name\n    items {\n      code\n      name\n      legalBasis\n      method\n      defaultRatio\n      frequency\n      keyArea\n    }\n    plans(year: $year) {\n      id\n      name\n      itemCodes\n      periodStart\n      periodEnd\n      ratios {\n        creditClass\n        ratio\n      }\n      cellRatios {\n        riskLevel\n        creditClass\n        ratio\n      }\n      status\n      publishedAt\n      version\n    }\n  }\n": typeof types.PublicDepartmentListsFragmentDoc,
    "\n  query PublicResults($uscc: String, $name: String, $department: String, $categoryCode: String, $from: String, $to: String, $after: String) {\n    publicResults(uscc: $uscc, name: $name, department: $department, categoryCode: $categoryCode, from: $from, to: $to, first: 20, after: $after) {\n      results {\n        department\n        departmentName\n        uscc\n        targetName\n        categoryCode\n        categoryName\n        inspectionDate\n        publishedOn\n        noticeEndsOn\n        inNoticePeriod\n        jointInspection {\n          id\n          leadName\n          departmentNames\n        }\n      }\n      endCursor\n      hasMore\n    }\n  }\n": typeof types.PublicResultsDocument,
    "\n  query Departments {\n    departments {\n      code\n      name\n    }\n    resultCategories {\n      code\n      name\n    }\n  }\n": typeof types.DepartmentsDocument,
    "\n  query Todo {\n    departments {\n      code\n      name\n    }\n    todo {\n      kind\n      dueDate\n      overdue\n      count\n      jointInspectionId\n      planEntryId\n      proposalKey\n      year\n      department\n      taskIds\n      detail\n    }\n  }\n": typeof types.TodoDocument,
    "\n  query Milestones($year: Int) {\n    department {\n      milestones(year: $year) {\n        kind\n        name\n        month\n        dueDate\n        state\n        metOn\n        done\n        total\n        reportedBy\n        note\n      }\n    }\n  }\n": typeof types.MilestonesDocument,
    "\n  mutation ReportMilestone($year: Int!, $kind: MilestoneKind!, $note: String) {\n    department {\n      reportMilestone(year: $year, kind: $kind, note: $note) {\n        kind\n        state\n      }\n    }\n  }\n": typeof types.ReportMilestoneDocument,
    "\n  query Notifications {\n    notifications(first: 20) {\n      id\n      department\n      kind\n      text\n      jointInspectionId\n      planEntryId\n      createdAt\n      deliveries {\n        receiver\n        deliveredAt\n        lastError\n      }\n    }\n    webhookStatus {\n      receiver\n      delivered\n      pending\n      lastError\n      oldestPendingSince\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  fragment ItemCheckForm on InspectionItem {\n    code\n    name\n    checkForm {\n      version\n      points {\n        number\n        content\n        standard\n        legalBasis\n      }\n    }\n  }\n": typeof types.ItemCheckFormFragmentDoc,
    "\n  fragment CheckAnswerFields on CheckPointAnswer {\n    itemCode\n    formVersion\n    number\n    content\n    answer\n    note\n  }\n": typeof types.CheckAnswerFieldsFragmentDoc,
    "\n  query ProposeCategory($answers: [CheckAnswerInput!]!) {\n    department {\n      proposeResultCategory(answers: $answers) {\n        categoryCode\n        categoryName\n        reason\n      }\n    }\n  }\n": typeof types.ProposeCategoryDocument,
    "\n  query DepartmentForms {\n    department {\n      items {\n        ...ItemCheckForm\n      }\n    }\n  }\n": typeof types.DepartmentFormsDocument,
    "\n  query TeamMember($search: String!) {\n    department {\n      inspectors(filter: { search: $search }, first: 5) {\n        edges {\n          node {\n            certificateNumber\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.TeamMemberDocument,
    "\n  fragment TargetVisitLoadFields on TargetVisitLoad {\n    uscc\n    name\n    excesses {\n      days\n      maxVisits\n      periodStart\n      periodEnd\n      visits {\n        departments\n        from\n        to\n        onDay\n        jointInspectionId\n        proposed\n      }\n    }\n  }\n": typeof types.TargetVisitLoadFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  query DepartmentTargets($filter: TargetFilter, $after: String, $first: Int) {\n    department {\n      code\n      name\n      creditClasses\n      targets(filter: $filter, after: $after, first: $first) {\n        totalCount\n        totalCountExact\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            uscc\n            name\n            kind\n            industry\n            region\n            riskLevel\n            creditClass\n            tags\n            status\n          }\n        }\n      }\n    }\n  }\n": types.DepartmentTargetsDocument,
    "\n  query DepartmentInspectors($filter: InspectorFilter, $after: String, $first: Int) {\n    department {\n      code\n      name\n      inspectors(filter: $filter, after: $after, first: $first) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            certificateNumber\n            name\n            gender\n            position\n            unit\n            expertise\n            status\n          }\n        }\n      }\n    }\n  }\n": types.DepartmentInspectorsDocument,
    "\n  fragment ImportReportFields on ImportReport {\n    status\n    dryRun\n    rowsRead\n    inserted\n    updated\n    unchanged\n    clearedValues\n    changeCount\n    changes {\n      row\n      key\n      action\n      fields\n      cleared\n    }\n    ignoredColumns\n    errorCount\n    errors {\n      row\n      column\n      reason\n    }\n  }\n": types.ImportReportFieldsFragmentDoc,
    "\n  query DepartmentJob($id: ID!) {\n    department {\n      job(id: $id) {\n        id\n        state\n        done\n        total\n        step\n        result\n        error\n      }\n    }\n  }\n": types.DepartmentJobDocument,
    "\n  query DrawPlans($year: Int!) {\n    department {\n      code\n      name\n      plans(year: $year) {\n        id\n        name\n        status\n        periodStart\n        periodEnd\n      }\n      draws {\n        id\n        seq\n        planId\n        periodKey\n        createdAt\n        taskCount\n        populationSize\n      }\n    }\n  }\n": types.DrawPlansDocument,
    "\n  fragment DrawFields on Draw {\n    id\n    seq\n    planId\n    periodKey\n    commitment\n    secret\n    publicValue\n    seed\n    witnesses {\n      name\n      role\n    }\n    algorithm\n    populationSize\n    populationDigest\n    strata {\n      keyArea\n      riskLevel\n      creditClass\n      population\n      ratio\n      quota\n      drawn\n    }\n    taskCount\n    prevHash\n    hash\n    createdBy\n    createdAt\n  }\n": types.DrawFieldsFragmentDoc,
    "\n  query DrawRecord($id: ID!) {\n    department {\n      draw(id: $id) {\n        ...DrawFields\n      }\n    }\n  }\n": types.DrawRecordDocument,
    "\n  mutation CommitDrawSeed($planId: ID!, $commitment: String!) {\n    department {\n      commitment: commitDrawSeed(planId: $planId, commitment: $commitment) {\n        id\n        periodKey\n        commitment\n        createdAt\n      }\n    }\n  }\n": types.CommitDrawSeedDocument,
    "\n  mutation DrawTargets($input: DrawInput!) {\n    department {\n      draw: drawTargets(input: $input) {\n        ...DrawFields\n      }\n    }\n  }\n": types.DrawTargetsDocument,
    "\n  query VerifyDraw($id: ID!, $recheck: Boolean!) {\n    department {\n      verification: verifyDraw(id: $id, recheck: $recheck) {\n        reproduces\n        verifiedAt\n        checks {\n          name\n          ok\n          detail\n        }\n      }\n    }\n  }\n": types.VerifyDrawDocument,
    "\n  query DrawOverlaps($department: String!, $drawId: ID!) {\n    drawOverlaps(department: $department, drawId: $drawId) {\n      strata {\n        stratum\n        drawn\n        elsewhere\n      }\n    }\n  }\n": types.DrawOverlapsDocument,
    "\n  query DrawnTargets($drawId: ID!, $after: String) {\n    departments {\n      code\n      name\n    }\n    department {\n      code\n      tasks(drawId: $drawId, first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            uscc\n            inspectors\n            dueStart\n            dueEnd\n            target {\n              name\n              inspectionsThisYear {\n                department\n                status\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DrawnTargetsDocument,
    "\n  query DepartmentPlans($year: Int!) {\n    department {\n      code\n      name\n      creditClasses\n      ratioMin\n      ratioMax\n      items {\n        code\n        name\n        legalBasis\n        targetKind\n        method\n        defaultRatio\n        frequency\n        keyArea\n        expertise\n        checkForm {\n          version\n          createdBy\n          createdAt\n          points {\n            number\n            content\n            standard\n            legalBasis\n          }\n        }\n      }\n      plans(year: $year) {\n        id\n        year\n        name\n        itemCodes\n        periodStart\n        periodEnd\n        ratios {\n          creditClass\n          ratio\n        }\n        cellRatios {\n          riskLevel\n          creditClass\n          ratio\n        }\n        frequency\n        status\n        publishedAt\n        version\n        adjustments {\n          id\n          reason\n          before\n          after\n          adjustedBy\n          adjustedAt\n        }\n      }\n    }\n  }\n": types.DepartmentPlansDocument,
    "\n  mutation CreatePlan($input: PlanInput!, $key: String) {\n    department {\n      plan: createPlan(input: $input, idempotencyKey: $key) {\n        id\n      }\n    }\n  }\n": types.CreatePlanDocument,
    "\n  mutation UpdatePlan($id: ID!, $input: PlanInput!) {\n    department {\n      plan: updatePlan(id: $id, input: $input) {\n        id\n      }\n    }\n  }\n": types.UpdatePlanDocument,
    "\n  mutation PublishPlan($id: ID!) {\n    department {\n      plan: publishPlan(id: $id) {\n        id\n        status\n      }\n    }\n  }\n": types.PublishPlanDocument,
    "\n  mutation AdjustPlan($id: ID!, $input: PlanInput!, $reason: String!) {\n    department {\n      plan: adjustPlan(id: $id, input: $input, reason: $reason) {\n        id\n        version\n      }\n    }\n  }\n": types.AdjustPlanDocument,
    "\n  mutation UpsertItem($input: InspectionItemInput!) {\n    department {\n      item: upsertItem(input: $input) {\n        code\n      }\n    }\n  }\n": types.UpsertItemDocument,
    "\n  mutation SaveCheckForm($itemCode: String!, $points: [CheckPointInput!]!) {\n    department {\n      form: saveCheckForm(itemCode: $itemCode, points: $points) {\n        version\n      }\n    }\n  }\n": types.SaveCheckFormDocument,
    "\n  query DepartmentTasks($status: TaskStatus, $source: TaskSource, $uscc: String, $after: String) {\n    department {\n      code\n      name\n      resultCategories {\n        code\n        name\n      }\n      items {\n        ...ItemCheckForm\n      }\n      tasks(status: $status, source: $source, uscc: $uscc, after: $after, first: 50) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            uscc\n            source\n            status\n            dueStart\n            dueEnd\n            inspectors\n            itemCodes\n            target {\n              name\n            }\n            result {\n              categoryName\n              inspectionDate\n              publishedAt\n              followUpState\n            }\n            publicationDeadline {\n              date\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DepartmentTasksDocument,
    "\n  mutation RecordResult($taskId: ID!, $input: ResultInput!) {\n    department {\n      task: recordResult(taskId: $taskId, input: $input) {\n        id\n        status\n      }\n    }\n  }\n": types.RecordResultDocument,
    "\n  mutation PublishResults($taskIds: [ID!]!) {\n    department {\n      tasks: publishResults(taskIds: $taskIds) {\n        id\n      }\n    }\n  }\n": types.PublishResultsDocument,
    "\n  query TaskDetail($id: ID!) {\n    department {\n      resultCategories {\n        code\n        name\n      }\n      items {\n        ...ItemCheckForm\n      }\n      task(id: $id) {\n        id\n        uscc\n        source\n        status\n        drawId\n        dueStart\n        dueEnd\n        itemCodes\n        inspectors\n        note\n        origin\n        originReference\n        target {\n          name\n        }\n        replacements {\n          leaving\n          replacement\n          reason\n          changedBy\n          changedAt\n        }\n        result {\n          categoryName\n          findings\n          inspectionDate\n          signers {\n            name\n            certificateNumber\n          }\n          evidence {\n            id\n            kind\n            sha256\n          }\n          recordedBy\n          recordedAt\n          enteredLate\n          publishedAt\n          publicationDue\n          publishedLate\n          noticeEndsOn\n          jointInspection {\n            id\n            lead\n            departments\n          }\n          checkAnswers {\n            ...CheckAnswerFields\n          }\n          followUpState\n          nextFollowUpSteps\n          followUps {\n            kind\n            date\n            documentNumber\n            deadline\n            rectified\n            receivingParty\n            note\n            recordedBy\n            recordedAt\n          }\n        }\n      }\n    }\n    departments {\n      code\n      name\n    }\n  }\n": types.TaskDetailDocument,
    "\n  mutation ReplaceInspector($taskId: ID!, $certificateNumber: String!, $reason: String!) {\n    department {\n      task: replaceInspector(taskId: $taskId, certificateNumber: $certificateNumber, reason: $reason) {\n        id\n        inspectors\n      }\n    }\n  }\n": types.ReplaceInspectorDocument,
    "\n  mutation RecordFollowUp($taskId: ID!, $input: FollowUpInput!) {\n    department {\n      result: recordFollowUp(taskId: $taskId, input: $input) {\n        taskId\n        followUpState\n      }\n    }\n  }\n": types.RecordFollowUpDocument,
    "\n  query ResultAlerts {\n    department {\n      resultAlerts(first: 200) {\n        kind\n        taskId\n        uscc\n        due\n        provisional\n      }\n    }\n  }\n": types.ResultAlertsDocument,
    "\n  query ActiveInspectors {\n    department {\n      inspectors(filter: { statuses: [ACTIVE] }, first: 500) {\n        edges {\n          node {\n            certificateNumber\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ActiveInspectorsDocument,
    "\n  mutation AssignTaskTeam($taskId: ID!, $inspectors: [String!]!) {\n    department {\n      assignTaskTeam(taskId: $taskId, inspectors: $inspectors) {\n        id\n        status\n        inspectors\n      }\n    }\n  }\n": types.AssignTaskTeamDocument,
    "\n  query EnterpriseSearch($search: String!) {\n    departments {\n      code\n      name\n    }\n    searchTargets(search: $search, first: 50) {\n      uscc\n      name\n      departments\n    }\n  }\n": types.EnterpriseSearchDocument,
    "\n  query Enterprise($uscc: String!, $year: Int) {\n    departments {\n      code\n      name\n    }\n    target(uscc: $uscc) {\n      uscc\n      name\n      departments\n      inspectionsThisYear(year: $year) {\n        department\n        taskId\n        source\n        status\n        itemCodes\n        dueStart\n        dueEnd\n        categoryName\n        inspectionDate\n        publishedAt\n        publicationDue\n        publishedLate\n        followUpState\n      }\n      jointRecords(first: 100) {\n        jointId\n        department\n        categoryName\n        findings\n        departmentFindings\n        recordedAt\n        signatures {\n          name\n        }\n      }\n    }\n  }\n": types.EnterpriseDocument,
    "\n  fragment DepartmentRecord on TargetRecord {\n    inDirectory\n    name\n    kind\n    address\n    legalRepresentative\n    phone\n    industry\n    region\n    riskLevel\n    creditClass\n    tags\n    status\n    inspections {\n      taskId\n      source\n      itemCodes\n      dueStart\n      dueEnd\n      status\n      inspectionDate\n      categoryName\n      findings\n      publishedAt\n      followUpState\n      followUps {\n        kind\n        documentNumber\n        date\n        deadline\n        rectified\n      }\n    }\n  }\n": types.DepartmentRecordFragmentDoc,
    "\n  query JointPlanEntries($year: Int!) {\n    departments {\n      code\n      name\n    }\n    jointItems {\n      code\n      name\n      lead\n      departments\n      departmentItems {\n        department\n        itemCodes\n      }\n      scope\n    }\n    jointPlan(year: $year) {\n      version\n      publishedAt\n      dueDate\n    }\n    jointPlanEntries(year: $year) {\n      id\n      year\n      lead\n      departments\n      jointItemCode\n      name\n      items\n      scope\n      periodStart\n      periodEnd\n      plannedTargets\n      status\n      submittedBy\n      submittedAt\n      submittedLate\n      reviewNote\n      reviewedBy\n      reviewedAt\n      jointInspections\n      carriedOut\n    }\n  }\n": types.JointPlanEntriesDocument,
    "\n  mutation SubmitJointPlanEntry($input: JointPlanEntryInput!) {\n    submitJointPlanEntry(input: $input) {\n      id\n      submittedLate\n    }\n  }\n": types.SubmitJointPlanEntryDocument,
    "\n  mutation UpdateJointPlanEntry($id: ID!, $input: JointPlanEntryInput!) {\n    updateJointPlanEntry(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.UpdateJointPlanEntryDocument,
    "\n  mutation ReviewJointPlanEntry($id: ID!, $accept: Boolean!, $note: String) {\n    reviewJointPlanEntry(id: $id, accept: $accept, note: $note) {\n      id\n      status\n    }\n  }\n": types.ReviewJointPlanEntryDocument,
    "\n  mutation PublishJointPlan($year: Int!) {\n    publishJointPlan(year: $year) {\n      version\n      entryIds\n    }\n  }\n": types.PublishJointPlanDocument,
    "\n  mutation SaveJointItem($input: JointItemInput!) {\n    saveJointItem(input: $input) {\n      code\n    }\n  }\n": types.SaveJointItemDocument,
    "\n  query JointProposals($year: Int!) {\n    departments {\n      code\n      name\n    }\n    jointInspectionProposals(year: $year) {\n      key\n      departments\n      windowStart\n      windowEnd\n      targetCount\n      visits {\n        uscc\n        inspectors\n        duplicateItems\n      }\n    }\n  }\n": types.JointProposalsDocument,
    "\n  query AcceptedPlanEntries($year: Int!) {\n    jointPlanEntries(year: $year, status: ACCEPTED) {\n      id\n      name\n      lead\n      departments\n    }\n  }\n": types.AcceptedPlanEntriesDocument,
    "\n  mutation LaunchJointInspection($proposalKey: String!, $lead: String!, $planText: String!, $planEntryId: ID) {\n    launchJointInspection(proposalKey: $proposalKey, lead: $lead, planText: $planText, planEntryId: $planEntryId) {\n      id\n      status\n    }\n  }\n": types.LaunchJointInspectionDocument,
    "\n  fragment JointSummary on JointInspection {\n    id\n    lead\n    departments\n    windowStart\n    windowEnd\n    scheduledDate\n    status\n    proposalKey\n    planEntryId\n    usccs\n    participants {\n      department\n      response\n    }\n  }\n": types.JointSummaryFragmentDoc,
    "\n  query JointBoard($after: ID) {\n    departments {\n      code\n      name\n    }\n    jointInspections(first: 500, after: $after) {\n      ...JointSummary\n    }\n  }\n": types.JointBoardDocument,
    "\n  query JointDetail($id: ID!) {\n    departments {\n      code\n      name\n    }\n    jointInspection(id: $id) {\n      ...JointSummary\n      planText\n      createdBy\n      participants {\n        department\n        response\n        reason\n        respondedBy\n        respondedAt\n        inspectors\n        teamSeed\n        teamDraws\n        teamRedrawReasons\n      }\n      history {\n        fromStatus\n        toStatus\n        bySubject\n        byDepartment\n        note\n        at\n      }\n      records {\n        uscc\n        department\n        categoryName\n        findings\n        departmentFindings\n        recordedAt\n        departmentTaskId\n        deliveredAt\n        deliveryError\n        signatures {\n          name\n          certificateNumber\n        }\n        checkAnswers {\n          ...CheckAnswerFields\n        }\n      }\n      visitWarnings {\n        ...TargetVisitLoadFields\n      }\n    }\n  }\n": types.JointDetailDocument,
    "\n  query JointVisitCheck($id: ID!, $date: String!) {\n    jointInspection(id: $id) {\n      id\n      visitWarnings(date: $date) {\n        ...TargetVisitLoadFields\n      }\n    }\n  }\n": types.JointVisitCheckDocument,
    "\n  mutation RespondToJoint($id: ID!, $accept: Boolean!, $reason: String) {\n    respondToJointInspection(id: $id, accept: $accept, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.RespondToJointDocument,
    "\n  mutation DrawJointTeam($jointInspectionId: ID!, $usccs: [String!]!, $size: Int!, $publicValue: String!, $reason: String) {\n    department {\n      team: drawJointTeam(jointInspectionId: $jointInspectionId, usccs: $usccs, size: $size, publicValue: $publicValue, reason: $reason)\n    }\n  }\n": types.DrawJointTeamDocument,
    "\n  mutation SupplyJointInspectors($id: ID!, $certificateNumbers: [String!]!) {\n    supplyJointInspectors(id: $id, certificateNumbers: $certificateNumbers) {\n      id\n      status\n    }\n  }\n": types.SupplyJointInspectorsDocument,
    "\n  mutation ScheduleJoint($id: ID!, $date: String!) {\n    scheduleJointInspection(id: $id, date: $date) {\n      id\n      status\n    }\n  }\n": types.ScheduleJointDocument,
    "\n  mutation AdvanceJoint($id: ID!, $status: String!, $note: String) {\n    advanceJointInspection(id: $id, status: $status, note: $note) {\n      id\n      status\n    }\n  }\n": types.AdvanceJointDocument,
    "\n  mutation RecordJoint($id: ID!, $findings: String!, $signatures: [SignatureInput!]!, $results: [JointResultInput!]!) {\n    recordJointInspection(id: $id, findings: $findings, signatures: $signatures, results: $results) {\n      id\n      status\n    }\n  }\n": types.RecordJointDocument,
    "\n  query JointResultCategories {\n    resultCategories {\n      code\n      name\n    }\n  }\n": types.JointResultCategoriesDocument,
    "\n  query Overview($year: Int!, $half: Int) {\n    departments {\n      code\n      name\n    }\n    resultStatistics(year: $year, half: $half) {\n      department\n      period\n      tasks\n      plannedTasks\n      planCompletion\n      resultsRecorded\n      publishedOnTime\n      publishedLate\n      overdue\n      problemsFound\n      problemDetectionRate\n      jointShare\n      byCategory {\n        code\n        name\n        count\n      }\n      asOf\n      stale\n    }\n  }\n": types.OverviewDocument,
    "\n  query SyncStatus {\n    syncStatus {\n      department\n      lastSuccessAt\n      lastError\n      stale\n    }\n  }\n": types.SyncStatusDocument,
    "\n  query DrawCoverage($year: Int!) {\n    department {\n      drawCoverage(year: $year) {\n        year\n        draws\n        inScope\n        drawn\n        coverage\n        strata {\n          keyArea\n          riskLevel\n          creditClass\n          inScope\n          drawn\n          coverage\n        }\n      }\n    }\n  }\n": types.DrawCoverageDocument,
    "\n  query VisitLoadStatistics($year: Int!) {\n    visitLoadStatistics(year: $year, first: 10) {\n      targets\n      limits {\n        days\n        maxVisits\n        targets\n      }\n      byDepartment {\n        department\n        targets\n      }\n      worst {\n        ...TargetVisitLoadFields\n      }\n    }\n  }\n": types.VisitLoadStatisticsDocument,
    "\n  query Overlap {\n    departments {\n      code\n      name\n    }\n    departmentOverlap {\n      a\n      b\n      targets\n    }\n  }\n": types.OverlapDocument,
    "\n  query JointLibrary($minDepartments: Int!, $after: String) {\n    jointTargetLibrary(minDepartments: $minDepartments, first: 50, after: $after) {\n      totalCount\n      endCursor\n      hasMore\n      entries {\n        uscc\n        name\n        departments\n      }\n    }\n  }\n": types.JointLibraryDocument,
    "\n  query PublicDrawsDepartments {\n    departments {\n      code\n      name\n    }\n  }\n": types.PublicDrawsDepartmentsDocument,
    "\n  query PublicDraws($afterSeq: Int) {\n    department {\n      publicDraws(first: 50, afterSeq: $afterSeq) {\n        draws {\n          seq\n          planId\n          planName\n          periodKey\n          commitment\n          secret\n          publicValue\n          seed\n          witnesses {\n            name\n            role\n          }\n          params\n          algorithm\n          populationSize\n          populationDigest\n          poolDigest\n          resultDigest\n          strata {\n            keyArea\n            riskLevel\n            creditClass\n            population\n            ratio\n            quota\n            drawn\n          }\n          drawn {\n            code\n            name\n            stratum\n          }\n          createdBy\n          createdAt\n          prevHash\n          hash\n          contentJson\n        }\n        hasMore\n        endSeq\n      }\n    }\n  }\n": types.PublicDrawsDocument,
    "\n  query PublicJointPlan($year: Int!) {\n    departments {\n      code\n      name\n    }\n    jointItems {\n      code\n      name\n      lead\n      departments\n      scope\n    }\n    jointPlan(year: $year) {\n      year\n      version\n      publishedAt\n      dueDate\n      entries {\n        id\n        lead\n        departments\n        jointItemCode\n        name\n        items\n        scope\n        periodStart\n        periodEnd\n        plannedTargets\n        jointInspections\n        carriedOut\n      }\n    }\n  }\n": types.PublicJointPlanDocument,
    "\n  query PublicPlansDepartments {\n    departments {\n      code\n      name\n    }\n  }\n": types.PublicPlansDepartmentsDocument,
    "\n  fragment PublicDepartmentLists on DepartmentQuery {\n    name\n    items {\n      code\n      name\n      legalBasis\n      method\n      defaultRatio\n      frequency\n      keyArea\n    }\n    plans(year: $year) {\n      id\n      name\n      itemCodes\n      periodStart\n      periodEnd\n      ratios {\n        creditClass\n        ratio\n      }\n      cellRatios {\n        riskLevel\n        creditClass\n        ratio\n      }\n      status\n      publishedAt\n      version\n    }\n  }\n": types.PublicDepartmentListsFragmentDoc,
    "\n  query PublicResults($uscc: String, $name: String, $department: String, $categoryCode: String, $from: String, $to: String, $after: String) {\n    publicResults(uscc: $uscc, name: $name, department: $department, categoryCode: $categoryCode, from: $from, to: $to, first: 20, after: $after) {\n      results {\n        department\n        departmentName\n        uscc\n        targetName\n        categoryCode\n        categoryName\n        inspectionDate\n        publishedOn\n        noticeEndsOn\n        inNoticePeriod\n        jointInspection {\n          id\n          leadName\n          departmentNames\n        }\n      }\n      endCursor\n      hasMore\n    }\n  }\n": types.PublicResultsDocument,
    "\n  query Departments {\n    departments {\n      code\n      name\n    }\n    resultCategories {\n      code\n      name\n    }\n  }\n": types.DepartmentsDocument,
    "\n  query Todo {\n    departments {\n      code\n      name\n    }\n    todo {\n      kind\n      dueDate\n      overdue\n      count\n      jointInspectionId\n      planEntryId\n      proposalKey\n      year\n      department\n      taskIds\n      detail\n    }\n  }\n": types.TodoDocument,
    "\n  query Milestones($year: Int) {\n    department {\n      milestones(year: $year) {\n        kind\n        name\n        month\n        dueDate\n        state\n        metOn\n        done\n        total\n        reportedBy\n        note\n      }\n    }\n  }\n": types.MilestonesDocument,
    "\n  mutation ReportMilestone($year: Int!, $kind: MilestoneKind!, $note: String) {\n    department {\n      reportMilestone(year: $year, kind: $kind, note: $note) {\n        kind\n        state\n      }\n    }\n  }\n": types.ReportMilestoneDocument,
    "\n  query Notifications {\n    notifications(first: 20) {\n      id\n      department\n      kind\n      text\n      jointInspectionId\n      planEntryId\n      createdAt\n      deliveries {\n        receiver\n        deliveredAt\n        lastError\n      }\n    }\n    webhookStatus {\n      receiver\n      delivered\n      pending\n      lastError\n      oldestPendingSince\n    }\n  }\n": types.NotificationsDocument,
    "\n  fragment ItemCheckForm on InspectionItem {\n    code\n    name\n    checkForm {\n      version\n      points {\n        number\n        content\n        standard\n        legalBasis\n      }\n    }\n  }\n": types.ItemCheckFormFragmentDoc,
    "\n  fragment CheckAnswerFields on CheckPointAnswer {\n    itemCode\n    formVersion\n    number\n    content\n    answer\n    note\n  }\n": types.CheckAnswerFieldsFragmentDoc,
    "\n  query ProposeCategory($answers: [CheckAnswerInput!]!) {\n    department {\n      proposeResultCategory(answers: $answers) {\n        categoryCode\n        categoryName\n        reason\n      }\n    }\n  }\n": types.ProposeCategoryDocument,
    "\n  query DepartmentForms {\n    department {\n      items {\n        ...ItemCheckForm\n      }\n    }\n  }\n": types.DepartmentFormsDocument,
    "\n  query TeamMember($search: String!) {\n    department {\n      inspectors(filter: { search: $search }, first: 5) {\n        edges {\n          node {\n            certificateNumber\n            name\n          }\n        }\n      }\n    }\n  }\n": types.TeamMemberDocument,
    "\n  fragment TargetVisitLoadFields on TargetVisitLoad {\n    uscc\n    name\n    excesses {\n      days\n      maxVisits\n      periodStart\n      periodEnd\n      visits {\n        departments\n        from\n        to\n        onDay\n        jointInspectionId\n        proposed\n      }\n    }\n  }\n": types.TargetVisitLoadFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentTargets($filter: TargetFilter, $after: String, $first: Int) {\n    department {\n      code\n      name\n      creditClasses\n      targets(filter: $filter, after: $after, first: $first) {\n        totalCount\n        totalCountExact\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            uscc\n            name\n            kind\n            industry\n            region\n            riskLevel\n            creditClass\n            tags\n            status\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DepartmentTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentInspectors($filter: InspectorFilter, $after: String, $first: Int) {\n    department {\n      code\n      name\n      inspectors(filter: $filter, after: $after, first: $first) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            certificateNumber\n            name\n            gender\n            position\n            unit\n            expertise\n            status\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DepartmentInspectorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportReportFields on ImportReport {\n    status\n    dryRun\n    rowsRead\n    inserted\n    updated\n    unchanged\n    clearedValues\n    changeCount\n    changes {\n      row\n      key\n      action\n      fields\n      cleared\n    }\n    ignoredColumns\n    errorCount\n    errors {\n      row\n      column\n      reason\n    }\n  }\n"): typeof import('./graphql').ImportReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentJob($id: ID!) {\n    department {\n      job(id: $id) {\n        id\n        state\n        done\n        total\n        step\n        result\n        error\n      }\n    }\n  }\n"): typeof import('./graphql').DepartmentJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrawPlans($year: Int!) {\n    department {\n      code\n      name\n      plans(year: $year) {\n        id\n        name\n        status\n        periodStart\n        periodEnd\n      }\n      draws {\n        id\n        seq\n        planId\n        periodKey\n        createdAt\n        taskCount\n        populationSize\n      }\n    }\n  }\n"): typeof import('./graphql').DrawPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrawFields on Draw {\n    id\n    seq\n    planId\n    periodKey\n    commitment\n    secret\n    publicValue\n    seed\n    witnesses {\n      name\n      role\n    }\n    algorithm\n    populationSize\n    populationDigest\n    strata {\n      keyArea\n      riskLevel\n      creditClass\n      population\n      ratio\n      quota\n      drawn\n    }\n    taskCount\n    prevHash\n    hash\n    createdBy\n    createdAt\n  }\n"): typeof import('./graphql').DrawFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrawRecord($id: ID!) {\n    department {\n      draw(id: $id) {\n        ...DrawFields\n      }\n    }\n  }\n"): typeof import('./graphql').DrawRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitDrawSeed($planId: ID!, $commitment: String!) {\n    department {\n      commitment: commitDrawSeed(planId: $planId, commitment: $commitment) {\n        id\n        periodKey\n        commitment\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').CommitDrawSeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrawTargets($input: DrawInput!) {\n    department {\n      draw: drawTargets(input: $input) {\n        ...DrawFields\n      }\n    }\n  }\n"): typeof import('./graphql').DrawTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyDraw($id: ID!, $recheck: Boolean!) {\n    department {\n      verification: verifyDraw(id: $id, recheck: $recheck) {\n        reproduces\n        verifiedAt\n        checks {\n          name\n          ok\n          detail\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').VerifyDrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrawOverlaps($department: String!, $drawId: ID!) {\n    drawOverlaps(department: $department, drawId: $drawId) {\n      strata {\n        stratum\n        drawn\n        elsewhere\n      }\n    }\n  }\n"): typeof import('./graphql').DrawOverlapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrawnTargets($drawId: ID!, $after: String) {\n    departments {\n      code\n      name\n    }\n    department {\n      code\n      tasks(drawId: $drawId, first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            uscc\n            inspectors\n            dueStart\n            dueEnd\n            target {\n              name\n              inspectionsThisYear {\n                department\n                status\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DrawnTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentPlans($year: Int!) {\n    department {\n      code\n      name\n      creditClasses\n      ratioMin\n      ratioMax\n      items {\n        code\n        name\n        legalBasis\n        targetKind\n        method\n        defaultRatio\n        frequency\n        keyArea\n        expertise\n        checkForm {\n          version\n          createdBy\n          createdAt\n          points {\n            number\n            content\n            standard\n            legalBasis\n          }\n        }\n      }\n      plans(year: $year) {\n        id\n        year\n        name\n        itemCodes\n        periodStart\n        periodEnd\n        ratios {\n          creditClass\n          ratio\n        }\n        cellRatios {\n          riskLevel\n          creditClass\n          ratio\n        }\n        frequency\n        status\n        publishedAt\n        version\n        adjustments {\n          id\n          reason\n          before\n          after\n          adjustedBy\n          adjustedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DepartmentPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlan($input: PlanInput!, $key: String) {\n    department {\n      plan: createPlan(input: $input, idempotencyKey: $key) {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CreatePlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlan($id: ID!, $input: PlanInput!) {\n    department {\n      plan: updatePlan(id: $id, input: $input) {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').UpdatePlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPlan($id: ID!) {\n    department {\n      plan: publishPlan(id: $id) {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').PublishPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustPlan($id: ID!, $input: PlanInput!, $reason: String!) {\n    department {\n      plan: adjustPlan(id: $id, input: $input, reason: $reason) {\n        id\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').AdjustPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertItem($input: InspectionItemInput!) {\n    department {\n      item: upsertItem(input: $input) {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').UpsertItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCheckForm($itemCode: String!, $points: [CheckPointInput!]!) {\n    department {\n      form: saveCheckForm(itemCode: $itemCode, points: $points) {\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').SaveCheckFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentTasks($status: TaskStatus, $source: TaskSource, $uscc: String, $after: String) {\n    department {\n      code\n      name\n      resultCategories {\n        code\n        name\n      }\n      items {\n        ...ItemCheckForm\n      }\n      tasks(status: $status, source: $source, uscc: $uscc, after: $after, first: 50) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            uscc\n            source\n            status\n            dueStart\n            dueEnd\n            inspectors\n            itemCodes\n            target {\n              name\n            }\n            result {\n              categoryName\n              inspectionDate\n              publishedAt\n              followUpState\n            }\n            publicationDeadline {\n              date\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DepartmentTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordResult($taskId: ID!, $input: ResultInput!) {\n    department {\n      task: recordResult(taskId: $taskId, input: $input) {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').RecordResultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishResults($taskIds: [ID!]!) {\n    department {\n      tasks: publishResults(taskIds: $taskIds) {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').PublishResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskDetail($id: ID!) {\n    department {\n      resultCategories {\n        code\n        name\n      }\n      items {\n        ...ItemCheckForm\n      }\n      task(id: $id) {\n        id\n        uscc\n        source\n        status\n        drawId\n        dueStart\n        dueEnd\n        itemCodes\n        inspectors\n        note\n        origin\n        originReference\n        target {\n          name\n        }\n        replacements {\n          leaving\n          replacement\n          reason\n          changedBy\n          changedAt\n        }\n        result {\n          categoryName\n          findings\n          inspectionDate\n          signers {\n            name\n            certificateNumber\n          }\n          evidence {\n            id\n            kind\n            sha256\n          }\n          recordedBy\n          recordedAt\n          enteredLate\n          publishedAt\n          publicationDue\n          publishedLate\n          noticeEndsOn\n          jointInspection {\n            id\n            lead\n            departments\n          }\n          checkAnswers {\n            ...CheckAnswerFields\n          }\n          followUpState\n          nextFollowUpSteps\n          followUps {\n            kind\n            date\n            documentNumber\n            deadline\n            rectified\n            receivingParty\n            note\n            recordedBy\n            recordedAt\n          }\n        }\n      }\n    }\n    departments {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').TaskDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplaceInspector($taskId: ID!, $certificateNumber: String!, $reason: String!) {\n    department {\n      task: replaceInspector(taskId: $taskId, certificateNumber: $certificateNumber, reason: $reason) {\n        id\n        inspectors\n      }\n    }\n  }\n"): typeof import('./graphql').ReplaceInspectorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFollowUp($taskId: ID!, $input: FollowUpInput!) {\n    department {\n      result: recordFollowUp(taskId: $taskId, input: $input) {\n        taskId\n        followUpState\n      }\n    }\n  }\n"): typeof import('./graphql').RecordFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResultAlerts {\n    department {\n      resultAlerts(first: 200) {\n        kind\n        taskId\n        uscc\n        due\n        provisional\n      }\n    }\n  }\n"): typeof import('./graphql').ResultAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActiveInspectors {\n    department {\n      inspectors(filter: { statuses: [ACTIVE] }, first: 500) {\n        edges {\n          node {\n            certificateNumber\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ActiveInspectorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignTaskTeam($taskId: ID!, $inspectors: [String!]!) {\n    department {\n      assignTaskTeam(taskId: $taskId, inspectors: $inspectors) {\n        id\n        status\n        inspectors\n      }\n    }\n  }\n"): typeof import('./graphql').AssignTaskTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseSearch($search: String!) {\n    departments {\n      code\n      name\n    }\n    searchTargets(search: $search, first: 50) {\n      uscc\n      name\n      departments\n    }\n  }\n"): typeof import('./graphql').EnterpriseSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Enterprise($uscc: String!, $year: Int) {\n    departments {\n      code\n      name\n    }\n    target(uscc: $uscc) {\n      uscc\n      name\n      departments\n      inspectionsThisYear(year: $year) {\n        department\n        taskId\n        source\n        status\n        itemCodes\n        dueStart\n        dueEnd\n        categoryName\n        inspectionDate\n        publishedAt\n        publicationDue\n        publishedLate\n        followUpState\n      }\n      jointRecords(first: 100) {\n        jointId\n        department\n        categoryName\n        findings\n        departmentFindings\n        recordedAt\n        signatures {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DepartmentRecord on TargetRecord {\n    inDirectory\n    name\n    kind\n    address\n    legalRepresentative\n    phone\n    industry\n    region\n    riskLevel\n    creditClass\n    tags\n    status\n    inspections {\n      taskId\n      source\n      itemCodes\n      dueStart\n      dueEnd\n      status\n      inspectionDate\n      categoryName\n      findings\n      publishedAt\n      followUpState\n      followUps {\n        kind\n        documentNumber\n        date\n        deadline\n        rectified\n      }\n    }\n  }\n"): typeof import('./graphql').DepartmentRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JointPlanEntries($year: Int!) {\n    departments {\n      code\n      name\n    }\n    jointItems {\n      code\n      name\n      lead\n      departments\n      departmentItems {\n        department\n        itemCodes\n      }\n      scope\n    }\n    jointPlan(year: $year) {\n      version\n      publishedAt\n      dueDate\n    }\n    jointPlanEntries(year: $year) {\n      id\n      year\n      lead\n      departments\n      jointItemCode\n      name\n      items\n      scope\n      periodStart\n      periodEnd\n      plannedTargets\n      status\n      submittedBy\n      submittedAt\n      submittedLate\n      reviewNote\n      reviewedBy\n      reviewedAt\n      jointInspections\n      carriedOut\n    }\n  }\n"): typeof import('./graphql').JointPlanEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitJointPlanEntry($input: JointPlanEntryInput!) {\n    submitJointPlanEntry(input: $input) {\n      id\n      submittedLate\n    }\n  }\n"): typeof import('./graphql').SubmitJointPlanEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateJointPlanEntry($id: ID!, $input: JointPlanEntryInput!) {\n    updateJointPlanEntry(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').UpdateJointPlanEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewJointPlanEntry($id: ID!, $accept: Boolean!, $note: String) {\n    reviewJointPlanEntry(id: $id, accept: $accept, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ReviewJointPlanEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishJointPlan($year: Int!) {\n    publishJointPlan(year: $year) {\n      version\n      entryIds\n    }\n  }\n"): typeof import('./graphql').PublishJointPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveJointItem($input: JointItemInput!) {\n    saveJointItem(input: $input) {\n      code\n    }\n  }\n"): typeof import('./graphql').SaveJointItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JointProposals($year: Int!) {\n    departments {\n      code\n      name\n    }\n    jointInspectionProposals(year: $year) {\n      key\n      departments\n      windowStart\n      windowEnd\n      targetCount\n      visits {\n        uscc\n        inspectors\n        duplicateItems\n      }\n    }\n  }\n"): typeof import('./graphql').JointProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AcceptedPlanEntries($year: Int!) {\n    jointPlanEntries(year: $year, status: ACCEPTED) {\n      id\n      name\n      lead\n      departments\n    }\n  }\n"): typeof import('./graphql').AcceptedPlanEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchJointInspection($proposalKey: String!, $lead: String!, $planText: String!, $planEntryId: ID) {\n    launchJointInspection(proposalKey: $proposalKey, lead: $lead, planText: $planText, planEntryId: $planEntryId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').LaunchJointInspectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JointSummary on JointInspection {\n    id\n    lead\n    departments\n    windowStart\n    windowEnd\n    scheduledDate\n    status\n    proposalKey\n    planEntryId\n    usccs\n    participants {\n      department\n      response\n    }\n  }\n"): typeof import('./graphql').JointSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JointBoard($after: ID) {\n    departments {\n      code\n      name\n    }\n    jointInspections(first: 500, after: $after) {\n      ...JointSummary\n    }\n  }\n"): typeof import('./graphql').JointBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JointDetail($id: ID!) {\n    departments {\n      code\n      name\n    }\n    jointInspection(id: $id) {\n      ...JointSummary\n      planText\n      createdBy\n      participants {\n        department\n        response\n        reason\n        respondedBy\n        respondedAt\n        inspectors\n        teamSeed\n        teamDraws\n        teamRedrawReasons\n      }\n      history {\n        fromStatus\n        toStatus\n        bySubject\n        byDepartment\n        note\n        at\n      }\n      records {\n        uscc\n        department\n        categoryName\n        findings\n        departmentFindings\n        recordedAt\n        departmentTaskId\n        deliveredAt\n        deliveryError\n        signatures {\n          name\n          certificateNumber\n        }\n        checkAnswers {\n          ...CheckAnswerFields\n        }\n      }\n      visitWarnings {\n        ...TargetVisitLoadFields\n      }\n    }\n  }\n"): typeof import('./graphql').JointDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JointVisitCheck($id: ID!, $date: String!) {\n    jointInspection(id: $id) {\n      id\n      visitWarnings(date: $date) {\n        ...TargetVisitLoadFields\n      }\n    }\n  }\n"): typeof import('./graphql').JointVisitCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToJoint($id: ID!, $accept: Boolean!, $reason: String) {\n    respondToJointInspection(id: $id, accept: $accept, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RespondToJointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrawJointTeam($jointInspectionId: ID!, $usccs: [String!]!, $size: Int!, $publicValue: String!, $reason: String) {\n    department {\n      team: drawJointTeam(jointInspectionId: $jointInspectionId, usccs: $usccs, size: $size, publicValue: $publicValue, reason: $reason)\n    }\n  }\n"): typeof import('./graphql').DrawJointTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupplyJointInspectors($id: ID!, $certificateNumbers: [String!]!) {\n    supplyJointInspectors(id: $id, certificateNumbers: $certificateNumbers) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SupplyJointInspectorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleJoint($id: ID!, $date: String!) {\n    scheduleJointInspection(id: $id, date: $date) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ScheduleJointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceJoint($id: ID!, $status: String!, $note: String) {\n    advanceJointInspection(id: $id, status: $status, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').AdvanceJointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordJoint($id: ID!, $findings: String!, $signatures: [SignatureInput!]!, $results: [JointResultInput!]!) {\n    recordJointInspection(id: $id, findings: $findings, signatures: $signatures, results: $results) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RecordJointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JointResultCategories {\n    resultCategories {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').JointResultCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overview($year: Int!, $half: Int) {\n    departments {\n      code\n      name\n    }\n    resultStatistics(year: $year, half: $half) {\n      department\n      period\n      tasks\n      plannedTasks\n      planCompletion\n      resultsRecorded\n      publishedOnTime\n      publishedLate\n      overdue\n      problemsFound\n      problemDetectionRate\n      jointShare\n      byCategory {\n        code\n        name\n        count\n      }\n      asOf\n      stale\n    }\n  }\n"): typeof import('./graphql').OverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SyncStatus {\n    syncStatus {\n      department\n      lastSuccessAt\n      lastError\n      stale\n    }\n  }\n"): typeof import('./graphql').SyncStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrawCoverage($year: Int!) {\n    department {\n      drawCoverage(year: $year) {\n        year\n        draws\n        inScope\n        drawn\n        coverage\n        strata {\n          keyArea\n          riskLevel\n          creditClass\n          inScope\n          drawn\n          coverage\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DrawCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitLoadStatistics($year: Int!) {\n    visitLoadStatistics(year: $year, first: 10) {\n      targets\n      limits {\n        days\n        maxVisits\n        targets\n      }\n      byDepartment {\n        department\n        targets\n      }\n      worst {\n        ...TargetVisitLoadFields\n      }\n    }\n  }\n"): typeof import('./graphql').VisitLoadStatisticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overlap {\n    departments {\n      code\n      name\n    }\n    departmentOverlap {\n      a\n      b\n      targets\n    }\n  }\n"): typeof import('./graphql').OverlapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JointLibrary($minDepartments: Int!, $after: String) {\n    jointTargetLibrary(minDepartments: $minDepartments, first: 50, after: $after) {\n      totalCount\n      endCursor\n      hasMore\n      entries {\n        uscc\n        name\n        departments\n      }\n    }\n  }\n"): typeof import('./graphql').JointLibraryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicDrawsDepartments {\n    departments {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').PublicDrawsDepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicDraws($afterSeq: Int) {\n    department {\n      publicDraws(first: 50, afterSeq: $afterSeq) {\n        draws {\n          seq\n          planId\n          planName\n          periodKey\n          commitment\n          secret\n          publicValue\n          seed\n          witnesses {\n            name\n            role\n          }\n          params\n          algorithm\n          populationSize\n          populationDigest\n          poolDigest\n          resultDigest\n          strata {\n            keyArea\n            riskLevel\n            creditClass\n            population\n            ratio\n            quota\n            drawn\n          }\n          drawn {\n            code\n            name\n            stratum\n          }\n          createdBy\n          createdAt\n          prevHash\n          hash\n          contentJson\n        }\n        hasMore\n        endSeq\n      }\n    }\n  }\n"): typeof import('./graphql').PublicDrawsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicJointPlan($year: Int!) {\n    departments {\n      code\n      name\n    }\n    jointItems {\n      code\n      name\n      lead\n      departments\n      scope\n    }\n    jointPlan(year: $year) {\n      year\n      version\n      publishedAt\n      dueDate\n      entries {\n        id\n        lead\n        departments\n        jointItemCode\n        name\n        items\n        scope\n        periodStart\n        periodEnd\n        plannedTargets\n        jointInspections\n        carriedOut\n      }\n    }\n  }\n"): typeof import('./graphql').PublicJointPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicPlansDepartments {\n    departments {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').PublicPlansDepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicDepartmentLists on DepartmentQuery {\n    name\n    items {\n      code\n      name\n      legalBasis\n      method\n      defaultRatio\n      frequency\n      keyArea\n    }\n    plans(year: $year) {\n      id\n      name\n      itemCodes\n      periodStart\n      periodEnd\n      ratios {\n        creditClass\n        ratio\n      }\n      cellRatios {\n        riskLevel\n        creditClass\n        ratio\n      }\n      status\n      publishedAt\n      version\n    }\n  }\n"): typeof import('./graphql').PublicDepartmentListsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicResults($uscc: String, $name: String, $department: String, $categoryCode: String, $from: String, $to: String, $after: String) {\n    publicResults(uscc: $uscc, name: $name, department: $department, categoryCode: $categoryCode, from: $from, to: $to, first: 20, after: $after) {\n      results {\n        department\n        departmentName\n        uscc\n        targetName\n        categoryCode\n        categoryName\n        inspectionDate\n        publishedOn\n        noticeEndsOn\n        inNoticePeriod\n        jointInspection {\n          id\n          leadName\n          departmentNames\n        }\n      }\n      endCursor\n      hasMore\n    }\n  }\n"): typeof import('./graphql').PublicResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Departments {\n    departments {\n      code\n      name\n    }\n    resultCategories {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').DepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Todo {\n    departments {\n      code\n      name\n    }\n    todo {\n      kind\n      dueDate\n      overdue\n      count\n      jointInspectionId\n      planEntryId\n      proposalKey\n      year\n      department\n      taskIds\n      detail\n    }\n  }\n"): typeof import('./graphql').TodoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Milestones($year: Int) {\n    department {\n      milestones(year: $year) {\n        kind\n        name\n        month\n        dueDate\n        state\n        metOn\n        done\n        total\n        reportedBy\n        note\n      }\n    }\n  }\n"): typeof import('./graphql').MilestonesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportMilestone($year: Int!, $kind: MilestoneKind!, $note: String) {\n    department {\n      reportMilestone(year: $year, kind: $kind, note: $note) {\n        kind\n        state\n      }\n    }\n  }\n"): typeof import('./graphql').ReportMilestoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications {\n    notifications(first: 20) {\n      id\n      department\n      kind\n      text\n      jointInspectionId\n      planEntryId\n      createdAt\n      deliveries {\n        receiver\n        deliveredAt\n        lastError\n      }\n    }\n    webhookStatus {\n      receiver\n      delivered\n      pending\n      lastError\n      oldestPendingSince\n    }\n  }\n"): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ItemCheckForm on InspectionItem {\n    code\n    name\n    checkForm {\n      version\n      points {\n        number\n        content\n        standard\n        legalBasis\n      }\n    }\n  }\n"): typeof import('./graphql').ItemCheckFormFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CheckAnswerFields on CheckPointAnswer {\n    itemCode\n    formVersion\n    number\n    content\n    answer\n    note\n  }\n"): typeof import('./graphql').CheckAnswerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposeCategory($answers: [CheckAnswerInput!]!) {\n    department {\n      proposeResultCategory(answers: $answers) {\n        categoryCode\n        categoryName\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').ProposeCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentForms {\n    department {\n      items {\n        ...ItemCheckForm\n      }\n    }\n  }\n"): typeof import('./graphql').DepartmentFormsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamMember($search: String!) {\n    department {\n      inspectors(filter: { search: $search }, first: 5) {\n        edges {\n          node {\n            certificateNumber\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TeamMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TargetVisitLoadFields on TargetVisitLoad {\n    uscc\n    name\n    excesses {\n      days\n      maxVisits\n      periodStart\n      periodEnd\n      visits {\n        departments\n        from\n        to\n        onDay\n        jointInspectionId\n        proposed\n      }\n    }\n  }\n"): typeof import('./graphql').TargetVisitLoadFieldsFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
