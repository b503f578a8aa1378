module.exports = { ...require('../../jest.preset.cjs'), displayName: 'owner-api' };
