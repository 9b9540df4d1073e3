package dev.autogen.bench;

import dev.autogen.bench.SizeResult.Run;

/**
 * The medians measured by the upgrade benchmark, each a whole process.
 *
 * @param length        revisions in the chain
 * @param upgradeCold   {@code autogen upgrade head} on an empty database, compile cache deleted
 * @param upgradeWarm   the same with the compile cache of an earlier run
 * @param flyway        Flyway's {@code migrate} of the same DDL on an empty database
 * @param chainCurrent  {@code autogen current} on the chain's database at head
 * @param chainHistory  {@code autogen history} of the chain
 * @param sampleCurrent {@code autogen current} on the sample app (embedded PostgreSQL)
 * @param sampleHistory {@code autogen history} of the sample app
 */
record UpgradeResult(int length, Run upgradeCold, Run upgradeWarm, Run flyway, Run chainCurrent, Run chainHistory,
    Run sampleCurrent, Run sampleHistory) {
}
