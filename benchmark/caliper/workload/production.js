'use strict';
// RecordProduction with a new batch id each time, the same arguments as benchmark/run.sh's production round.
const { WorkloadModuleBase } = require('@hyperledger/caliper-core');

class ProductionWorkload extends WorkloadModuleBase {
    async initializeWorkloadModule(workerIndex, totalWorkers, roundIndex, roundArguments, sutAdapter, sutContext) {
        await super.initializeWorkloadModule(workerIndex, totalWorkers, roundIndex, roundArguments, sutAdapter, sutContext);
        this.prefix = `CAL-${Date.now().toString(36).toUpperCase()}-P${workerIndex}-${roundIndex}`;
        this.sequence = 0;
    }

    async submitTransaction() {
        this.sequence += 1;
        await this.sutAdapter.sendRequests({
            contractId: 'anchor',
            contractFunction: 'RecordProduction',
            contractArguments: [`${this.prefix}-${this.sequence}`, '09506000134352', 'Conference pears', '1200', 'kg',
                'Orchard Lane'],
            invokerIdentity: 'User1',
            readOnly: false,
        });
    }
}

module.exports.createWorkloadModule = () => new ProductionWorkload();
