"""The production topology's configuration, and deploy/cluster.py, which runs it on one
machine (README, "Deploying")."""
