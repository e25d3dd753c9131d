select * from {{ source('raw', 'commitments') }}
