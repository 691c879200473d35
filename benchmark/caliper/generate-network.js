'use strict';
// Writes Caliper's network configuration (Caliper 0.6 format, version 2.0.0) for the local Anchor network from the
// descriptor that network-config/network.sh up writes (.anchor/network.json): the manufacturer's User1 identity
// and a connection profile naming the manufacturer's peer. Usage: node generate-network.js DESCRIPTOR OUTPUT_DIR
const fs = require('fs');
const path = require('path');

const [descriptorPath, outputDir] = process.argv.slice(2);
if (!descriptorPath || !outputDir) {
    console.error('usage: node generate-network.js DESCRIPTOR OUTPUT_DIR');
    process.exit(2);
}
const descriptor = JSON.parse(fs.readFileSync(descriptorPath, 'utf8'));
const base = path.dirname(path.resolve(descriptorPath));
const org = descriptor.organizations.manufacturer;
const absolute = (file) => path.resolve(base, file);

const peerName = org.peerHostAlias;
const profile = {
    name: 'anchor-manufacturer',
    version: '1.0.0',
    client: { organization: org.mspId },
    organizations: { [org.mspId]: { mspid: org.mspId, peers: [peerName] } },
    peers: {
        [peerName]: {
            url: `grpcs://${org.peerEndpoint}`,
            tlsCACerts: { path: absolute(org.tlsCaCert) },
            grpcOptions: { 'ssl-target-name-override': peerName, hostnameOverride: peerName },
        },
    },
};
const profilePath = path.join(outputDir, 'manufacturer-connection.json');

const network = {
    name: 'anchor',
    version: '2.0.0',
    caliper: { blockchain: 'fabric' },
    channels: [{ channelName: descriptor.channel, contracts: [{ id: descriptor.chaincode }] }],
    organizations: [{
        mspid: org.mspId,
        identities: {
            certificates: [{
                name: 'User1',
                clientPrivateKey: { path: absolute(org.userKey) },
                clientSignedCert: { path: absolute(org.userCert) },
            }],
        },
        connectionProfile: { path: profilePath, discover: true },
    }],
};

fs.mkdirSync(outputDir, { recursive: true });
fs.writeFileSync(profilePath, JSON.stringify(profile, null, 2) + '\n');
// JSON is YAML: Caliper reads this file as YAML.
fs.writeFileSync(path.join(outputDir, 'network.yaml'), JSON.stringify(network, null, 2) + '\n');
console.log(`wrote ${path.join(outputDir, 'network.yaml')} and ${profilePath}`);
