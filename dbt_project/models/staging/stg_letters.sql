select * from {{ source('raw', 'letters') }}
