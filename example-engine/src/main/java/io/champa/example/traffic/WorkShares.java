package io.champa.example.traffic;

/**
 * How much work one round does: live ticks are short and do a little, back-fill steps stand for
 * hours and do more. Shares are probabilities from 0 to 1.
 *
 * @param taskCompletion share of open user tasks completed (scaled per task by its pace)
 * @param externalTasks most external tasks fetched in one round
 * @param externalFailure share of fetched external tasks that fail technically
 * @param bpmnError share of fetched card/KYC checks that end in a business error instead
 * @param incidentResolution share of open incidents resolved
 * @param delivery share of waiting parcels whose delivery message arrives
 */
public record WorkShares(double taskCompletion, int externalTasks, double externalFailure, double bpmnError,
    double incidentResolution, double delivery) {
}
