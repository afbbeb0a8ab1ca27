# A batch job that processes records, retries transient failures, and finally aborts with an
# uncaught chained exception (the test checks the last traceback line).

import sys


class TransientError(Exception):
    pass


class FatalJobError(RuntimeError):
    def __init__(self, job, reason):
        super().__init__(f"job {job!r} aborted: {reason}")


class Job:
    def __init__(self, name, records):
        self.name = name
        self.records = records
        self.attempts = {}
        self.done = []

    def process(self, record):
        n = self.attempts[record["id"]] = self.attempts.get(record["id"], 0) + 1
        if record.get("flaky", 0) >= n:
            raise TransientError(f"record {record['id']} flaked (attempt {n})")
        if record["value"] < 0:
            raise ValueError(f"negative value {record['value']} in record {record['id']}")
        return record["value"] * 2

    def run(self, max_retries=2):
        for record in self.records:
            for attempt in range(max_retries + 1):
                try:
                    result = self.process(record)
                except TransientError as e:
                    print(f"  retry: {e}")
                    continue
                except ValueError as e:
                    raise FatalJobError(self.name, "bad data") from e
                else:
                    self.done.append((record["id"], result))
                    break
                finally:
                    sys.stdout.write(f"  attempt {attempt} on {record['id']} finished\n")
            else:
                print(f"  giving up on {record['id']}")
        return self.done


def main():
    good = Job("nightly", [{"id": 1, "value": 5}, {"id": 2, "value": 7, "flaky": 2},
                           {"id": 3, "value": 1, "flaky": 5}, {"id": 4, "value": 0}])
    print("nightly:", good.run())
    print("attempts:", good.attempts)
    bad = Job("hourly", [{"id": 10, "value": 3}, {"id": 11, "value": -4, "flaky": 1}, {"id": 12, "value": 9}])
    try:
        bad.run()
    finally:
        print("hourly partial:", bad.done, file=sys.stdout)
    print("unreachable")


main()
