'use strict';
// BenchmarkFloor with a new key each time: the same floor transaction as benchmark/run.sh's floor round.
const { WorkloadModuleBase } = require('@hyperledger/caliper-core');

class FloorWorkload extends WorkloadModuleBase {
    async initializeWorkloadModule(workerIndex, totalWorkers, roundIndex, roundArguments, sutAdapter, sutContext) {
        await super.initializeWorkloadModule(workerIndex, totalWorkers, roundIndex, roundArguments, sutAdapter, sutContext);
        this.prefix = `CAL-${Date.now().toString(36).toUpperCase()}-F${workerIndex}-${roundIndex}`;
        this.sequence = 0;
    }

    async submitTransaction() {
        this.sequence += 1;
        await this.sutAdapter.sendRequests({
            contractId: 'anchor',
            contractFunction: 'BenchmarkFloor',
            contractArguments: [`${this.prefix}-${this.sequence}`],
            invokerIdentity: 'User1',
            readOnly: false,
        });
    }
}

module.exports.createWorkloadModule = () => new FloorWorkload();
