// One-shot, idempotent: initiates the replica set rs0 and creates one user per service database.
// Runs as the root user created by the image's entrypoint; every password comes from the environment.
const members = ["mongo-1:27017", "mongo-2:27017", "mongo-3:27017"];

try {
  rs.status();
  print("replica set already initiated");
} catch (e) {
  if (e.codeName !== "NotYetInitialized") {
    throw e;
  }
  rs.initiate({ _id: "rs0", members: members.map((host, i) => ({ _id: i, host: host })) });
  print("replica set initiated");
}

// users can only be created on the primary
let waited = 0;
while (!db.hello().isWritablePrimary) {
  if (waited > 60000) {
    throw new Error("no primary after 60 s");
  }
  sleep(1000);
  waited += 1000;
}

// each service may read and write only its own database (ARCHITECTURE.md: none reads another's)
const services = ["intake", "evidence", "triage", "routing", "notification"];
for (const service of services) {
  const password = process.env["MONGO_" + service.toUpperCase() + "_PASSWORD"];
  if (!password) {
    throw new Error("MONGO_" + service.toUpperCase() + "_PASSWORD is not set");
  }
  const database = db.getSiblingDB("iblagh-" + service);
  const roles = [{ role: "readWrite", db: "iblagh-" + service }];
  if (database.getUser(service) === null) {
    database.createUser({ user: service, pwd: password, roles: roles });
    print("created user " + service);
  } else {
    // keeps the password in step with the environment: this is how a password is rotated
    database.updateUser(service, { pwd: password, roles: roles });
  }
}
