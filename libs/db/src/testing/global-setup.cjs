// Placeholder until the PostgreSQL template fixture lands.
module.exports = async () => {};
