"""Media on S3-compatible object storage (django-storages), so that no app server keeps a file of its own.

Three storages, all in `STORAGES` (cms/settings/base.py turns them on when AWS_STORAGE_BUCKET_NAME is set):

- `default` (`MediaStorage`): Wagtail's original images and documents. Private objects: the app reads and
  writes them with its keys; a URL to one is signed and lives a few minutes (AWS_QUERYSTRING_EXPIRE).
  Documents are served through Wagtail's serve view (WAGTAILDOCS_SERVE_METHOD = "serve_view"), which
  checks collection privacy on every download; originals keep their EXIF data and uncropped picture
  out of public reach.
- `renditions` (`PublicMediaStorage`, WAGTAILIMAGES_RENDITION_STORAGE): the resized images that pages
  show. The only public objects: a bucket policy lets anyone read `<AWS_PUBLIC_LOCATION>/*`
  (`public_read_policy`), and their URLs are plain (AWS_S3_CUSTOM_DOMAIN, e.g. a CDN, if set).
- `private` (`PrivateStorage`): citizens' uploads in online forms, in their own bucket or prefix
  (AWS_PRIVATE_STORAGE_BUCKET_NAME, AWS_PRIVATE_LOCATION). They never get a URL: `url()` names a
  path that nothing serves, and staff download them through onlineforms' permission-checked view,
  which streams them.

No storage sets an object ACL (buckets with ACLs switched off, AWS's default, refuse them); what is
public is decided by the bucket policy alone. Names are never overwritten (two uploads called
"foto.jpg" stay two files).
"""

import json

from storages.backends.s3 import S3Storage

# Where a URL to a private upload points: a path that no view and no web server serves.
NOT_SERVED_URL = "/private-not-served/"


class _BucketStorage(S3Storage):
    # Class attributes win over the global AWS_* settings (django-storages reads a global setting only
    # for a name the class does not define): these are policy, not configuration.
    default_acl = None
    file_overwrite = False


class MediaStorage(_BucketStorage):
    """Original images and documents: private objects; a URL to one is signed and short-lived."""

    querystring_auth = True
    custom_domain = None  # a signed URL goes to the storage's own endpoint; a CDN serves public objects only


class PublicMediaStorage(_BucketStorage):
    """Image renditions: public objects (bucket policy on their location) with plain, cacheable URLs."""

    querystring_auth = False


class PrivateStorage(_BucketStorage):
    """Citizens' uploads: private objects that never get a URL; staff get them through a view."""

    querystring_auth = True
    custom_domain = None

    def url(self, name, parameters=None, expire=None, http_method=None):
        return NOT_SERVED_URL + name


def public_read_policy(bucket, location):
    """The bucket policy that lets anyone read the renditions and nothing else, as JSON."""
    return json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Sid": "PublicRenditions",
                    "Effect": "Allow",
                    "Principal": "*",
                    "Action": "s3:GetObject",
                    "Resource": f"arn:aws:s3:::{bucket}/{location.strip('/')}/*",
                }
            ],
        },
        indent=2,
    )
